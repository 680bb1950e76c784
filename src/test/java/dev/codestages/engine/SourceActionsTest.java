package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests the source actions of {@link ExecutionEngine} on throwaway git repositories and folders: the
 * configured branch's tip, {@code --repository}, CODE_ZIP and CODEBUILD_CLONE_REF, {@code --source} for
 * the other providers, and the warning about uncommitted changes.
 */
class SourceActionsTest {

    @TempDir
    Path temp;

    private Path repo;
    private final RecordingListener listener = new RecordingListener();

    /** A build that prints what it got: the file {@code which.txt} and the git state of its folder. */
    private static final String BUILDSPEC = """
            version: 0.2
            env:
              exported-variables: [WHICH]
            phases:
              build:
                commands:
                  - export WHICH="$(cat which.txt)"
                  - echo "which=$WHICH"
                  - 'if [ -d .git ]; then echo "head=$(git rev-parse HEAD) branch=$(git rev-parse --abbrev-ref HEAD) commits=$(git rev-list --count HEAD)"; else echo "no git"; fi'
            artifacts:
              files: ['**/*']
            """;

    /** A CodeStarSourceConnection configuration, without its closing brace. */
    private static final String CONNECTION = "{ConnectionArn: 'arn:aws:codestar-connections:us-east-1:111122223333:"
            + "connection/x', FullRepositoryId: octo/app, BranchName: main";

    @BeforeEach
    void repository() throws Exception {
        repo = temp.resolve("app");
        GitRepos.init(repo);
        write(repo, "buildspec.yml", BUILDSPEC);
        write(repo, "which.txt", "main");
        GitRepos.commitAll(repo, "main content");
    }

    private static void write(Path folder, String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private Path pipeline(String sources, String buildConfiguration, String inputs) throws IOException {
        Path file = temp.resolve("pipeline.yml");
        Files.writeString(file, """
                name: sources
                roleArn: arn:aws:iam::111122223333:role/sources
                artifactStore: {type: S3, location: sources-artifacts}
                stages:
                  - name: Source
                    actions:
                %s
                  - name: Build
                    actions:
                      - name: Build
                        actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                        configuration: {ProjectName: demo%s}
                        inputArtifacts: [%s]
                        outputArtifacts: [{name: Out}]
                        namespace: BuildVariables
                """.formatted(sources.indent(6).stripTrailing(), buildConfiguration, inputs), StandardCharsets.UTF_8);
        return file;
    }

    /** One source action of the Source stage, as the pipeline's YAML. */
    private static String source(String name, String owner, String provider, String configuration, String output) {
        return "- name: " + name + "\n  actionTypeId: {category: Source, owner: " + owner + ", provider: " + provider
                + ", version: \"1\"}\n  configuration: " + configuration + "\n  outputArtifacts: [{name: " + output + "}]\n";
    }

    /** A plain folder (no git repository) with the build and its {@code which.txt}. */
    private Path folder(String name, String which) throws IOException {
        Path folder = temp.resolve(name);
        write(folder, "buildspec.yml", BUILDSPEC);
        write(folder, "which.txt", which);
        return folder;
    }

    private static String codeCommit(String name, String repository, String branch, String extra, String output) {
        return """
                - name: %s
                  actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                  configuration: {RepositoryName: %s, BranchName: %s%s}
                  outputArtifacts: [{name: %s}]
                  namespace: %sVariables
                """.formatted(name, repository, branch, extra, output, name);
    }

    private ExecutionState run(Path pipelineFile, LocalInputs inputs) throws Exception {
        return run(pipelineFile, inputs, temp.resolve("store"));
    }

    private ExecutionState run(Path pipelineFile, LocalInputs inputs, Path store) throws Exception {
        return run(pipelineFile, inputs, store, null);
    }

    private ExecutionState run(Path pipelineFile, LocalInputs inputs, Path store, String revision) throws Exception {
        ExecutionSetup setup = new ExecutionSetup(repo, revision, pipelineFile, temp.resolve("instance"), true, Map.of(),
                Map.of(), inputs);
        return new ExecutionEngine(store, EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z")),
                listener, Map.of(), ApprovalDecider.PENDING).start(PipelineFiles.read(pipelineFile, "pipeline.yml"), setup,
                Map.of());
    }

    private static ActionState action(ExecutionState execution, String step) {
        return execution.action(step).orElseThrow();
    }

    private String notes() {
        return String.join("\n", listener.events);
    }

    @Test
    void theConfiguredBranchsTipIsBuiltWhileHeadIsOnAnotherBranchWithOtherContent() throws Exception {
        GitRepos.git(repo, "checkout", "-q", "-b", "release");
        write(repo, "which.txt", "release");
        String releaseTip = GitRepos.commitAll(repo, "release content");
        GitRepos.git(repo, "checkout", "-q", "main");

        ExecutionState execution = run(pipeline(codeCommit("Checkout", "app", "release", "", "Src"), "", "{name: Src}"),
                LocalInputs.NONE);

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(execution, "Build/Build").outputVariables()).containsEntry("WHICH", "release");
        assertThat(action(execution, "Source/Checkout").outputVariables()).containsEntry("CommitId", releaseTip)
                .containsEntry("BranchName", "release").containsEntry("RepositoryName", "app")
                .containsEntry("CommitMessage", "release content");
    }

    @Test
    void revisionOverridesTheBranchTipOfTheProjectAndKeepsTheConfiguredBranchName() throws Exception {
        String first = GitRepos.git(repo, "rev-parse", "HEAD");
        write(repo, "which.txt", "later");
        GitRepos.commitAll(repo, "later content");

        ExecutionState execution = run(pipeline(codeCommit("Checkout", "app", "main", "", "Src"), "", "{name: Src}"),
                LocalInputs.NONE, temp.resolve("store"), first);

        assertThat(action(execution, "Build/Build").outputVariables()).containsEntry("WHICH", "main");
        assertThat(action(execution, "Source/Checkout").outputVariables()).containsEntry("CommitId", first)
                .containsEntry("BranchName", "main");
    }

    @Test
    void aBranchTheRepositoryDoesNotHaveFailsTheSourceActionNamingIt() throws Exception {
        ExecutionState execution = run(pipeline(codeCommit("Checkout", "app", "develop", "", "Src"), "", "{name: Src}"),
                LocalInputs.NONE);

        assertThat(execution.status()).isEqualTo(Status.FAILED);
        assertThat(action(execution, "Source/Checkout").error().message())
                .startsWith("the branch 'develop' does not exist in the git repository " + repo)
                .contains("(branches: main)", "BranchName of Source/Checkout");
        assertThat(action(execution, "Build/Build").status()).isNull();
    }

    @Test
    void repositoryOptionMapsTheRepositoryNameToAnotherRepository() throws Exception {
        Path other = temp.resolve("other");
        GitRepos.init(other);
        write(other, "buildspec.yml", BUILDSPEC);
        write(other, "which.txt", "other");
        String otherCommit = GitRepos.commitAll(other, "the other repository");

        ExecutionState execution = run(pipeline(codeCommit("Checkout", "shared-lib", "main", "", "Src"), "",
                "{name: Src}"), new LocalInputs(Map.of("shared-lib", other), Map.of(), null));

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(execution, "Build/Build").outputVariables()).containsEntry("WHICH", "other");
        assertThat(action(execution, "Source/Checkout").outputVariables()).containsEntry("CommitId", otherCommit)
                .containsEntry("RepositoryName", "shared-lib");
        // kept in the execution's state, so that approve/reject continue it with the same stand-ins
        assertThat(new ExecutionStore(temp.resolve("store")).load(execution.executionId()).setup().inputs().repositories())
                .containsExactly(Map.entry("shared-lib", other));
    }

    @Test
    void codeZipIsTheCommittedTreeWithoutGitAndTheBuildGetsNoRepository() throws Exception {
        ExecutionState execution = run(pipeline(codeCommit("Checkout", "app", "main", ", OutputArtifactFormat: CODE_ZIP",
                "Src"), "", "{name: Src}"), LocalInputs.NONE);

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(entries(execution.artifacts().get("Src"))).containsExactlyInAnyOrder("buildspec.yml", "which.txt");
        assertThat(listener.outputOf("Build/Build/build")).contains("which=main", "no git");
    }

    @Test
    void cloneRefGivesTheBuildAGitRepositoryWithTheBranchTipCheckedOutAndItsHistory() throws Exception {
        write(repo, "which.txt", "second");
        String tip = GitRepos.commitAll(repo, "second commit");

        ExecutionState execution = run(pipeline(codeCommit("Checkout", "app", "main",
                ", OutputArtifactFormat: CODEBUILD_CLONE_REF", "Src"), "", "{name: Src}"), LocalInputs.NONE);

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(listener.outputOf("Build/Build/build")).contains("which=second",
                "head=" + tip + " branch=main commits=2");
        assertThat(execution.artifacts().get("Src").getFileName().toString()).isEqualTo("Src.git-ref.json");
    }

    @Test
    void aGitHubSourceTakesTheFolderGivenWithSourceAndItsConfiguredVariables() throws Exception {
        Path folder = folder("checkout", "from the folder");
        String github = source("GitHub", "ThirdParty", "GitHub",
                "{Owner: octo, Repo: site, Branch: main, OAuthToken: '****'}", "Src");

        ExecutionState execution = run(pipeline(github, "", "{name: Src}"),
                new LocalInputs(Map.of(), Map.of("Source/GitHub", folder), null));

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(execution, "Build/Build").outputVariables()).containsEntry("WHICH", "from the folder");
        // a folder has no commit: only the variables whose value the configuration gives
        assertThat(action(execution, "Source/GitHub").outputVariables())
                .containsExactlyInAnyOrderEntriesOf(Map.of("RepositoryName", "site", "BranchName", "main"));
    }

    @Test
    void withoutSourceTheFirstSourceTakesTheProjectWithANoteAndAnotherFailsNamingTheOption() throws Exception {
        String sources = source("Connection", "AWS", "CodeStarSourceConnection", CONNECTION + "}", "Src")
                + source("Assets", "AWS", "S3", "{S3Bucket: assets, S3ObjectKey: assets.zip}", "Assets");

        ExecutionState execution = run(pipeline(sources, "", "{name: Src}"), LocalInputs.NONE);

        assertThat(action(execution, "Source/Connection").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(notes()).contains("note Source/Connection: no --source Source/Connection=PATH given: the"
                + " CodeStarSourceConnection source takes the project folder " + repo);
        assertThat(action(execution, "Source/Connection").outputVariables()).containsKeys("CommitId", "CommitMessage",
                "AuthorDate").containsEntry("FullRepositoryName", "octo/app").containsEntry("BranchName", "main")
                .doesNotContainKey("CommitterDate");
        assertThat(action(execution, "Source/Assets").status()).isEqualTo(Status.FAILED);
        assertThat(action(execution, "Source/Assets").error().message()).isEqualTo("S3 is not simulated locally"
                + " without a stand-in: give its folder, git repository or zip with --source Source/Assets=PATH");
    }

    @Test
    void anS3SourceTakesAZipAndGivesItsMd5AsETag() throws Exception {
        Path folder = folder("bundle", "zipped");
        Path zip = temp.resolve("bundle.zip");
        dev.codestages.run.ZipArchives.pack(dev.codestages.buildspec.ArtifactSelection.everything(folder), zip);
        String s3 = source("Bucket", "AWS", "S3", "{S3Bucket: assets, S3ObjectKey: bundle.zip}", "Src");

        ExecutionState execution = run(pipeline(s3, "", "{name: Src}"),
                new LocalInputs(Map.of(), Map.of("Source/Bucket", zip), null));

        assertThat(action(execution, "Build/Build").outputVariables()).containsEntry("WHICH", "zipped");
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(Files.readAllBytes(zip)));
        assertThat(action(execution, "Source/Bucket").outputVariables()).containsExactly(Map.entry("ETag", md5));
    }

    @Test
    void anEcrSourceGivesTheVariablesThatHaveALocalValue() throws Exception {
        Path folder = folder("image", "image details");
        String ecr = source("Image", "AWS", "ECR", "{RepositoryName: web}", "Src");

        ExecutionState execution = run(pipeline(ecr, "", "{name: Src}"),
                new LocalInputs(Map.of(), Map.of("Source/Image", folder), null));

        assertThat(action(execution, "Source/Image").outputVariables())
                .containsExactlyInAnyOrderEntriesOf(Map.of("RepositoryName", "web", "ImageTag", "latest"));
    }

    @Test
    void aCloneReferenceGivenToAnythingButCodeBuildFailsThatAction() throws Exception {
        Path file = temp.resolve("deploy.yml");
        Files.copy(getClass().getResourceAsStream("clone-ref-deploy.yml"), file);

        ExecutionState execution = run(file, LocalInputs.NONE);

        assertThat(action(execution, "Deploy/Deploy").error().message()).isEqualTo("input artifact 'Src' is a git clone"
                + " reference (OutputArtifactFormat CODEBUILD_CLONE_REF): only a CodeBuild action can use it");
    }

    @Test
    void cloneRefFromAFolderThatIsNoRepositoryFailsTheSource() throws Exception {
        Path folder = temp.resolve("plain");
        write(folder, "which.txt", "plain");
        String connection = source("Connection", "AWS", "CodeStarSourceConnection",
                CONNECTION + ", OutputArtifactFormat: CODEBUILD_CLONE_REF}", "Src");

        ExecutionState execution = run(pipeline(connection, "", "{name: Src}"),
                new LocalInputs(Map.of(), Map.of("Source/Connection", folder), null));

        assertThat(action(execution, "Source/Connection").error().message()).isEqualTo("OutputArtifactFormat"
                + " CODEBUILD_CLONE_REF hands the build a git clone, but " + folder + " is not a git repository");
    }

    @Test
    void uncommittedChangesAreNamedInAWarningAndAreNotBuilt() throws Exception {
        write(repo, "which.txt", "edited, not committed");
        write(repo, "new-file.txt", "untracked");

        // the store inside the project (the default, .codestages/) is no change of the project
        Path store = repo.resolve(".codestages");
        run(pipeline(codeCommit("Checkout", "app", "main", "", "Src"), "", "{name: Src}"), LocalInputs.NONE, store);
        listener.events.clear();

        ExecutionState execution = run(pipeline(codeCommit("Checkout", "app", "main", "", "Src"), "", "{name: Src}"),
                LocalInputs.NONE, store);

        assertThat(action(execution, "Build/Build").outputVariables()).containsEntry("WHICH", "main");
        assertThat(notes()).contains("note Source/Checkout: warning: uncommitted changes are not in this execution"
                + " (it takes commits only): new-file.txt, which.txt");
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }
}
