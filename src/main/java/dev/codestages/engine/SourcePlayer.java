package dev.codestages.engine;

import dev.codestages.buildspec.ArtifactSelection;
import dev.codestages.run.ArtifactZipPath;
import dev.codestages.run.SourceCheckout;
import dev.codestages.run.Trees;
import dev.codestages.run.ZipArchives;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source actions, played on local stand-ins. CodeCommit is a git repository: the project, or the
 * one {@code --repository NAME=PATH} gives for its RepositoryName; the tip of the configured BranchName is
 * taken (not HEAD, not the work tree), and uncommitted changes of the project are named in a warning since
 * they are not part of the execution. GitHub, CodeStarSourceConnection, S3 and ECR take the folder, git
 * repository or zip that {@code --source STAGE/ACTION=PATH} names; without one the first source action takes
 * the project folder (with a note), any other fails naming the option. The output artifact is a zip of the
 * tree without {@code .git} (CODE_ZIP), or with {@code OutputArtifactFormat: CODEBUILD_CLONE_REF} a
 * reference to the repository and commit that a CodeBuild action clones
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeCommit.html: "Default"
 * is a ZIP of the commit, "Full clone" a Git URL reference only CodeBuild can use). Output variables are
 * those the action references document where a local value exists.
 */
final class SourcePlayer implements ActionPlayer {

    private static final Set<String> AWS_PROVIDERS = Set.of("CodeCommit", "S3", "ECR", "CodeStarSourceConnection");

    /** True when this player plays a source action of {@code owner}/{@code provider}. */
    static boolean plays(String owner, String provider) {
        return "AWS".equals(owner) && AWS_PROVIDERS.contains(provider) || "ThirdParty".equals(owner)
                && "GitHub".equals(provider);
    }

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        ExecutionSetup setup = run.execution().setup();
        Map<String, String> configuration = run.configuration();
        String provider = run.provider();
        Path origin = setup.inputs().sources().get(run.step());
        boolean project = false;
        if (origin == null && provider.equals("CodeCommit")) {
            origin = setup.inputs().repositories().get(configuration.getOrDefault("RepositoryName", ""));
            project = origin == null;
            origin = project ? setup.repository() : origin;
        } else if (origin == null && isFirstSource(run)) {
            origin = setup.repository();
            project = true;
            run.listener().note("", "no --source " + run.step() + "=PATH given: the " + provider
                    + " source takes the project folder " + origin);
        } else if (origin == null) {
            return ActionOutcome.failed("ConfigurationError", provider + " is not simulated locally without a stand-in:"
                    + " give its folder, git repository or zip with --source " + run.step() + "=PATH");
        }
        if (!Files.exists(origin)) {
            return ActionOutcome.failed("ConfigurationError", "the local source " + origin + " of " + run.step()
                    + " does not exist");
        }
        if (SourceCheckout.isRepository(origin)) {
            return fromRepository(run, origin, project);
        }
        if (provider.equals("CodeCommit")) {
            return ActionOutcome.failed("ConfigurationError", origin + " is not a git repository (CodeCommit is git:"
                    + " run 'git init' and commit, or map RepositoryName with --repository NAME=PATH)");
        }
        return fromFiles(run, origin);
    }

    /** The first stage's first action: the one source that takes the project folder when nothing is given. */
    private static boolean isFirstSource(ActionRun run) {
        List<StageState> stages = run.execution().stages();
        return !stages.isEmpty() && !stages.get(0).actions().isEmpty() && stages.get(0).name().equals(run.stage())
                && stages.get(0).actions().get(0).name().equals(run.action());
    }

    private ActionOutcome fromRepository(ActionRun run, Path repository, boolean project)
            throws IOException, InterruptedException {
        ExecutionSetup setup = run.execution().setup();
        Map<String, String> configuration = run.configuration();
        String branchKey = run.provider().equals("GitHub") ? "Branch" : "BranchName";
        String branch = configuration.get(branchKey);
        String commit;
        if (project && setup.revision() != null) {
            // run --revision: a source revision override, the configured branch stays the action's BranchName
            commit = SourceCheckout.resolve(repository, setup.revision());
        } else if (branch != null && !branch.isEmpty() && !run.provider().equals("S3") && !run.provider().equals("ECR")) {
            try {
                commit = SourceCheckout.branchTip(repository, branch);
            } catch (IOException e) {
                return ActionOutcome.failed("JobFailed", e.getMessage() + "; " + branchKey + " of " + run.step()
                        + " names the branch whose tip is built");
            }
        } else {
            commit = SourceCheckout.resolve(repository, null);
            branch = null;
        }
        run.listener().note("", "revision " + commit + (branch == null ? "" : " (" + branch + ")") + " of " + repository);
        if (project) {
            warnUncommitted(run, repository);
        }
        if (run.execution().sourceVersion().isEmpty()) {
            // CODEBUILD_RESOLVED_SOURCE_VERSION: the first source's commit
            run.execution().sourceVersion(commit);
        }
        if (!run.outputArtifacts().isEmpty()) {
            String name = run.outputArtifacts().get(0);
            String format = configuration.getOrDefault("OutputArtifactFormat", "CODE_ZIP");
            if (format.equals("CODEBUILD_CLONE_REF")) {
                run.execution().artifact(name, CloneReference.write(run.artifactDir(), name,
                        new CloneReference(repository, commit, branch)));
                run.listener().note("", name + ": a git clone reference (CODEBUILD_CLONE_REF): only a CodeBuild action can use it");
            } else {
                Path workspace = run.workDir().resolve("source");
                SourceCheckout.export(repository, commit, workspace);
                pack(run, name, workspace);
            }
        }
        return ActionOutcome.succeeded(variables(run, repository, commit, branch));
    }

    private static void warnUncommitted(ActionRun run, Path repository) throws IOException, InterruptedException {
        // the store's own files (.codestages/ by default) are no change of the project
        List<String> changes = SourceCheckout.uncommittedChanges(repository, run.store());
        if (!changes.isEmpty()) {
            int shown = Math.min(changes.size(), 10);
            run.listener().note("", "warning: uncommitted changes are not in this execution (it takes commits only): "
                    + String.join(", ", changes.subList(0, shown))
                    + (changes.size() > shown ? " and " + (changes.size() - shown) + " more" : ""));
        }
    }

    /** A folder or zip that is no git repository: its files as they are. */
    private ActionOutcome fromFiles(ActionRun run, Path origin) throws IOException {
        if ("CODEBUILD_CLONE_REF".equals(run.configuration().get("OutputArtifactFormat"))) {
            return ActionOutcome.failed("ConfigurationError", "OutputArtifactFormat CODEBUILD_CLONE_REF hands the build"
                    + " a git clone, but " + origin + " is not a git repository");
        }
        Path workspace = run.workDir().resolve("source");
        if (Files.isDirectory(origin)) {
            Trees.copy(origin, workspace);
        } else {
            ZipArchives.unpack(origin, workspace);
        }
        run.listener().note("", "files of " + origin);
        if (!run.outputArtifacts().isEmpty()) {
            pack(run, run.outputArtifacts().get(0), workspace);
        }
        Map<String, String> variables = new LinkedHashMap<>();
        if (run.provider().equals("S3") && Files.isRegularFile(origin)) {
            // action-reference-S3.html, "Output variables": ETag and VersionId; a local zip has an MD5 as S3
            // gives a single-part upload; a folder is no object, and nothing here keeps versions
            variables.put("ETag", S3ETag.of(origin));
        }
        variables.putAll(configured(run));
        return ActionOutcome.succeeded(variables);
    }

    private static void pack(ActionRun run, String name, Path workspace) throws IOException {
        Path zip = ArtifactZipPath.of(run.artifactDir(), name); // a name with ../ never leaves the store
        ZipArchives.pack(ArtifactSelection.everything(workspace), zip);
        run.execution().artifact(name, zip);
        // the exported tree too: a zip cannot hold symbolic links, and the build should see them
        run.execution().tree(name, workspace);
    }

    /**
     * The output variables: CodeCommit's CommitId, CommitMessage, AuthorDate, CommitterDate, BranchName,
     * RepositoryName (action-reference-CodeCommit.html); GitHub's the same but CommitUrl
     * (action-reference-GitHub.html); CodeStarSourceConnection's FullRepositoryName, BranchName, AuthorDate,
     * CommitId, CommitMessage, ConnectionArn (action-reference-CodestarConnectionSource.html).
     */
    private static Map<String, String> variables(ActionRun run, Path repository, String commit, String branch)
            throws IOException, InterruptedException {
        if (run.provider().equals("S3") || run.provider().equals("ECR")) {
            return configured(run);
        }
        List<String> meta = git(repository, commit);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("CommitId", commit);
        variables.put("CommitMessage", meta.size() > 2 ? String.join("\n", meta.subList(2, meta.size())).strip() : "");
        variables.put("AuthorDate", meta.isEmpty() ? "" : meta.get(0));
        if (!run.provider().equals("CodeStarSourceConnection")) {
            variables.put("CommitterDate", meta.size() > 1 ? meta.get(1) : "");
        }
        variables.putAll(configured(run));
        if (!variables.containsKey("BranchName") && branch != null) {
            variables.put("BranchName", branch);
        }
        if (run.provider().equals("CodeCommit") && !variables.containsKey("RepositoryName")) {
            variables.put("RepositoryName", String.valueOf(repository.getFileName()));
        }
        return variables;
    }

    /** The variables whose value is a configuration setting of the action. */
    private static Map<String, String> configured(ActionRun run) {
        Map<String, String> configuration = run.configuration();
        Map<String, String> variables = new LinkedHashMap<>();
        switch (run.provider()) {
            case "CodeCommit":
                copy(configuration, "BranchName", variables, "BranchName");
                copy(configuration, "RepositoryName", variables, "RepositoryName");
                break;
            case "GitHub":
                copy(configuration, "Branch", variables, "BranchName");
                copy(configuration, "Repo", variables, "RepositoryName");
                break;
            case "CodeStarSourceConnection":
                copy(configuration, "FullRepositoryId", variables, "FullRepositoryName");
                copy(configuration, "BranchName", variables, "BranchName");
                copy(configuration, "ConnectionArn", variables, "ConnectionArn");
                break;
            case "ECR":
                // action-reference-ECR.html: RepositoryName and ImageTag have local values; the digest, URI and
                // registry id exist only in a registry
                copy(configuration, "RepositoryName", variables, "RepositoryName");
                variables.put("ImageTag", configuration.getOrDefault("ImageTag", "latest"));
                break;
            default:
                break;
        }
        return variables;
    }

    private static void copy(Map<String, String> configuration, String key, Map<String, String> variables, String name) {
        String value = configuration.get(key);
        if (value != null) {
            variables.put(name, value);
        }
    }

    /** Author date, committer date (ISO-8601), then the message lines of {@code commit}. */
    private static List<String> git(Path repository, String commit) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "-C", repository.toString(), "show", "-s", "--format=%aI%n%cI%n%B",
                commit).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() != 0) {
            throw new IOException("git show " + commit + " failed: " + output.strip());
        }
        return output.lines().toList();
    }
}
