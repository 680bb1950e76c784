package dev.codestages.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.PipelineFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link PipelineRunner} end to end on a throwaway git repository: source, build, approval, deploy. */
class PipelineRunnerTest {

    @TempDir
    Path temp;

    private Path repo;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void sampleApp() throws Exception {
        repo = temp.resolve("demo");
        GitRepos.init(repo);
        write("buildspec.yml", """
                version: 0.2
                phases:
                  build:
                    commands:
                      - mkdir -p dist
                      - echo "version $CODEBUILD_RESOLVED_SOURCE_VERSION" > dist/version.txt
                artifacts:
                  files:
                    - appspec.yml
                    - scripts/*
                    - dist/**/*
                """);
        write("appspec.yml", """
                version: 0.0
                os: linux
                files:
                  - source: dist
                    destination: /opt/demo
                file_exists_behavior: OVERWRITE
                hooks:
                  ApplicationStart:
                    - location: scripts/start.sh
                  ValidateService:
                    - location: scripts/validate.sh
                """);
        write("scripts/start.sh", "#!/bin/sh\necho started >> \"$CODESTAGES_INSTANCE_ROOT/hooks.log\"\n");
        write("scripts/validate.sh", "#!/bin/sh\necho validated >> \"$CODESTAGES_INSTANCE_ROOT/hooks.log\"\n"
                + "grep -q version \"$CODESTAGES_INSTANCE_ROOT/opt/demo/version.txt\"\n");
        repo.resolve("scripts/start.sh").toFile().setExecutable(true);
        repo.resolve("scripts/validate.sh").toFile().setExecutable(true);
        GitRepos.commitAll(repo, "sample app");
    }

    private void write(String name, String content) throws IOException {
        Path file = repo.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private ExecutionResult run(Approval.Decision decision) throws Exception {
        RunOptions options = new RunOptions(repo, null, temp.resolve("store"), temp.resolve("instance"),
                Approval.fixed(decision), Map.of(), true);
        return new PipelineRunner(options, listener).run(PipelinePlans.of(PipelineFiles.read(repo, "demo")));
    }

    @Test
    void aGreenRunBuildsTheCommitAndDeploysIt() throws Exception {
        String commit = GitRepos.git(repo, "rev-parse", "HEAD");
        ExecutionResult result = run(Approval.Decision.APPROVED);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.SUCCEEDED);
        assertThat(result.stages()).extracting(ExecutionResult.StageRun::name, ExecutionResult.StageRun::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Source", ExecutionResult.Status.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple("Build", ExecutionResult.Status.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple("Approval", ExecutionResult.Status.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple("Deploy", ExecutionResult.Status.SUCCEEDED));
        assertThat(temp.resolve("instance/opt/demo/version.txt")).hasContent("version " + commit);
        assertThat(Files.readAllLines(temp.resolve("instance/hooks.log"))).containsExactly("started", "validated");
        assertThat(result.deployment().succeeded()).isTrue();
        String report = RunReportWriter.write(result);
        assertThat(report).contains("\"status\" : \"Succeeded\"", "\"provider\" : \"CodeDeploy\"",
                "\"name\" : \"ValidateService\"", "\"location\" : \"scripts/validate.sh\"", "\"rolledBack\" : false");
    }

    @Test
    void aFailureInsideADeploymentEventFailsTheDeployStageAndTheReportIsStillWritten() throws Exception {
        // a NUL in a destination is no path on this file system: Install fails on it
        write("appspec.yml", Files.readString(repo.resolve("appspec.yml"))
                .replace("destination: /opt/demo", "destination: \"/opt/demo\\0x\""));
        GitRepos.commitAll(repo, "bad destination");

        ExecutionResult result = run(Approval.Decision.APPROVED);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(result.deployment().failure()).startsWith("Install failed: ");
        assertThat(RunReportWriter.write(result)).contains("\"name\" : \"Install\"", "\"status\" : \"Failed\"");
    }

    @Test
    void aRejectionEndsTheExecutionAsRejectedAndNoHookRuns() throws Exception {
        ExecutionResult result = run(Approval.Decision.REJECTED);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.REJECTED);
        assertThat(result.stages()).extracting(ExecutionResult.StageRun::name).containsExactly("Source", "Build",
                "Approval");
        assertThat(result.deployment()).isNull();
        assertThat(temp.resolve("instance/hooks.log")).doesNotExist();
    }

    @Test
    void withoutADecisionTheRunStopsAtTheApproval() throws Exception {
        ExecutionResult result = run(Approval.Decision.PENDING);
        assertThat(result.status()).isEqualTo(ExecutionResult.Status.STOPPED);
        assertThat(result.stages().get(2).actions().get(0).message()).contains("--approve");
    }

    @Test
    void aFailingBuildStopsThePipelineBeforeTheApproval() throws Exception {
        write("buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands:\n      - exit 4\n");
        GitRepos.commitAll(repo, "break the build");
        ExecutionResult result = run(Approval.Decision.APPROVED);
        assertThat(result.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(result.stages()).extracting(ExecutionResult.StageRun::name).containsExactly("Source", "Build");
        assertThat(result.stages().get(1).actions().get(0).message())
                .isEqualTo("COMMAND_EXECUTION_ERROR: Error while executing command: exit 4. Reason: exit status 4");
    }

    @Test
    void uncommittedChangesAreNotBuilt() throws Exception {
        write("buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands:\n      - exit 9\n");
        ExecutionResult result = run(Approval.Decision.APPROVED);
        assertThat(result.status()).isEqualTo(ExecutionResult.Status.SUCCEEDED);
    }

    @Test
    void artifactsKeepTheExecutableBit() throws Exception {
        run(Approval.Decision.APPROVED);
        try (var executions = Files.list(temp.resolve("store/artifacts"))) {
            Path zip = executions.findFirst().orElseThrow().resolve("build-Build/BuildOutput.zip");
            Path out = temp.resolve("unpacked");
            ZipArchives.unpack(zip, out);
            assertThat(Files.isExecutable(out.resolve("scripts/start.sh"))).isTrue();
            assertThat(List.of(out.resolve("appspec.yml"), out.resolve("dist/version.txt"))).allMatch(Files::exists);
        }
    }

    @Test
    void theBuildSeesTheCommittedSymbolicLinksAsLinks() throws Exception {
        java.nio.file.Files.createSymbolicLink(repo.resolve("link-to-appspec"), java.nio.file.Path.of("appspec.yml"));
        write("buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands:\n      - test -L link-to-appspec\n");
        GitRepos.commitAll(repo, "a link");
        ExecutionResult result = run(Approval.Decision.REJECTED);
        assertThat(result.stages().get(1).status()).isEqualTo(ExecutionResult.Status.SUCCEEDED);
    }
}
