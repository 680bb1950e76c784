package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link ImplicitPipelineReader}: the pipeline a project folder implies. */
class ImplicitPipelineReaderTest {

    @TempDir
    Path temp;

    private Path project(String name) throws IOException {
        return Files.createDirectories(temp.resolve(name));
    }

    @Test
    void buildsSourceBuildApprovalAndDeployFromAFullProject() throws IOException {
        Path folder = project("shop");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/feature/cart\n");
        Files.writeString(folder.resolve("buildspec.yml"), "version: 0.2\n");
        Files.writeString(folder.resolve("appspec.yml"), "version: 0.0\nos: linux\n");

        PipelineDocument document = ImplicitPipelineReader.read(folder, "shop");

        Pipeline pipeline = document.pipelines().get(0);
        assertThat(pipeline.origin()).isEqualTo(new Origin(Origin.Format.IMPLICIT, "shop", ""));
        assertThat(pipeline.name().text()).isEqualTo("shop");
        assertThat(pipeline.stages()).extracting(s -> s.name().text())
                .containsExactly("Source", "Build", "Approval", "Deploy");
        Action source = pipeline.stages().get(0).actions().get(0);
        assertThat(source.provider().text()).isEqualTo("CodeCommit");
        assertThat(source.configuration().asMap()).containsExactly(entry("RepositoryName", "shop"),
                entry("BranchName", "feature/cart"));
        assertThat(pipeline.stages().get(2).actions().get(0).isApproval()).isTrue();
        assertThat(pipeline.stages().get(3).actions().get(0).provider().text()).isEqualTo("CodeDeploy");
        assertThat(pipeline.artifactFlows()).containsExactly(
                new ArtifactFlow(ImplicitPipelineReader.SOURCE_OUTPUT, 0, 0, 1, 0),
                new ArtifactFlow(ImplicitPipelineReader.BUILD_OUTPUT, 1, 0, 3, 0));
    }

    @Test
    void theImplicitPipelinePassesEveryRule() throws IOException {
        Path folder = project("shop");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(folder.resolve("buildspec.yml"), "version: 0.2\n");
        Files.writeString(folder.resolve("appspec.yml"), "version: 0.0\n");

        FindingCollector out = new FindingCollector("shop");
        ((PipelineChecker) Rules.checkerFor(FileKind.PIPELINE)).check(ImplicitPipelineReader.read(folder, "shop"), out);

        assertThat(out.findings()).isEmpty();
    }

    @Test
    void followsTheGitFileOfAWorktree() throws IOException {
        Path gitDir = Files.createDirectories(temp.resolve("main/.git/worktrees/wt"));
        Files.writeString(gitDir.resolve("HEAD"), "ref: refs/heads/topic\n");
        Path folder = project("wt");
        Files.writeString(folder.resolve(".git"), "gitdir: " + gitDir + "\n");

        assertThat(ImplicitPipelineReader.currentBranch(folder)).contains("topic");
    }

    @Test
    void findsTheRepositoryOfASubfolder() throws IOException {
        Path repo = project("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/develop\n");
        Path sub = Files.createDirectories(repo.resolve("services/api"));

        assertThat(ImplicitPipelineReader.currentBranch(sub)).contains("develop");
        assertThat(ImplicitPipelineReader.read(sub, "services/api").pipelines().get(0).name().text()).isEqualTo("api");
    }

    @Test
    void hasNoBranchWhenHeadIsDetached() throws IOException {
        Path folder = project("detached");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "0123456789abcdef0123456789abcdef01234567\n");

        Action source = ImplicitPipelineReader.read(folder, "detached").pipelines().get(0).stages().get(0).actions().get(0);

        assertThat(source.configuration().get("BranchName")).map(Value::isPresent).contains(false);
    }

    @Test
    void deploysTheSourceWhenThereIsNoBuildspec() throws IOException {
        Path folder = project("static-site");
        Files.writeString(folder.resolve("appspec.yaml"), "version: 0.0\n");

        Pipeline pipeline = ImplicitPipelineReader.read(folder, "static-site").pipelines().get(0);

        assertThat(pipeline.stages()).extracting(s -> s.name().text()).containsExactly("Source", "Approval", "Deploy");
        assertThat(pipeline.stages().get(2).actions().get(0).inputArtifacts()).extracting(a -> a.name().text())
                .containsExactly(ImplicitPipelineReader.SOURCE_OUTPUT);
    }

    @Test
    void anEmptyFolderIsJustASource() throws IOException {
        Pipeline pipeline = ImplicitPipelineReader.read(project("empty"), "empty").pipelines().get(0);

        assertThat(pipeline.stages()).extracting(s -> s.name().text()).containsExactly("Source");
    }
}
