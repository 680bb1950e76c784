package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import dev.codestages.run.ZipArchives;
import java.time.Instant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link ExecutionEngine} end to end on a throwaway git repository: source, build, approval, deploy. */
class ExecutionEngineTest {

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

    private final EngineClock.Manual clock = EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z"));

    private ExecutionEngine engine(ApprovalDecider.Decision decision) {
        return new ExecutionEngine(temp.resolve("store"), clock, listener, Map.of(), ApprovalDecider.always(decision, null));
    }

    private ExecutionState run(ApprovalDecider.Decision decision) throws Exception {
        ExecutionSetup setup = new ExecutionSetup(repo, null, null, temp.resolve("instance"), true, Map.of(), Map.of());
        return engine(decision).start(PipelineFiles.read(repo, "demo"), setup, Map.of());
    }

    private static ActionState action(ExecutionState execution, String step) {
        return execution.action(step).orElseThrow();
    }

    @Test
    void aGreenRunBuildsTheCommitAndDeploysIt() throws Exception {
        String commit = GitRepos.git(repo, "rev-parse", "HEAD");
        ExecutionState result = run(ApprovalDecider.Decision.APPROVED);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.stages()).extracting(StageState::name, StageState::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Source", Status.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple("Build", Status.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple("Approval", Status.SUCCEEDED),
                        org.assertj.core.groups.Tuple.tuple("Deploy", Status.SUCCEEDED));
        assertThat(temp.resolve("instance/demo/local/i-1/opt/demo/version.txt")).hasContent("version " + commit);
        assertThat(Files.readAllLines(temp.resolve("instance/demo/local/i-1/hooks.log"))).containsExactly("started", "validated");
        assertThat(action(result, "Deploy/Deploy").deployment().status()).isEqualTo("Succeeded");
        String report = ExecutionJson.record(result);
        assertThat(report).contains("\"version\" : 2", "\"status\" : \"Succeeded\"", "\"provider\" : \"CodeDeploy\"",
                "\"name\" : \"ValidateService\"", "\"location\" : \"scripts/validate.sh\"", "\"rolledBack\" : false",
                "\"codepipeline.PipelineExecutionId\" : \"" + result.executionId() + "\"");
        assertThat(temp.resolve("store/executions/" + result.executionId() + "/logs/Build/Build.log")).isRegularFile();
    }

    @Test
    void aFailureInsideADeploymentEventFailsTheDeployStageAndTheReportIsStillWritten() throws Exception {
        // a NUL in a destination is no path on this file system: Install fails on it
        write("appspec.yml", Files.readString(repo.resolve("appspec.yml"))
                .replace("destination: /opt/demo", "destination: \"/opt/demo\\0x\""));
        GitRepos.commitAll(repo, "bad destination");

        ExecutionState result = run(ApprovalDecider.Decision.APPROVED);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(action(result, "Deploy/Deploy").error().message()).contains("; i-1: Install failed: ");
        assertThat(ExecutionJson.record(result)).contains("\"name\" : \"Install\"", "\"status\" : \"Failed\"");
    }

    /** approvals-approve-or-reject.html: a rejection changes the pipeline's status to Failed (there is no "Rejected"). */
    @Test
    void aRejectionFailsTheApprovalItsStageAndTheExecutionAndNoHookRuns() throws Exception {
        ExecutionState result = run(ApprovalDecider.Decision.REJECTED);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.stages()).extracting(StageState::status).containsExactly(Status.SUCCEEDED, Status.SUCCEEDED,
                Status.FAILED, null);
        assertThat(action(result, "Approval/Approve").approval().decision()).isEqualTo("Rejected");
        assertThat(action(result, "Deploy/Deploy").status()).isNull();
        assertThat(temp.resolve("instance/demo/local/i-1/hooks.log")).doesNotExist();
    }

    @Test
    void withoutADecisionTheExecutionWaitsAndApprovingContinuesTheSameExecutionWithoutRebuilding() throws Exception {
        ExecutionState waiting = run(ApprovalDecider.Decision.PENDING);
        assertThat(waiting.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(waiting.pendingApprovals()).containsExactly("Approval/Approve");
        assertThat(temp.resolve("instance/demo/local/i-1/hooks.log")).doesNotExist();
        Instant built = action(waiting, "Build/Build").startTime();

        ExecutionState continued = engine(ApprovalDecider.Decision.PENDING).decide(waiting.executionId(), null,
                ApprovalDecider.Decision.APPROVED, "looks good");

        assertThat(continued.executionId()).isEqualTo(waiting.executionId());
        assertThat(continued.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(continued, "Build/Build").startTime()).isEqualTo(built);
        assertThat(action(continued, "Approval/Approve").approval().summary()).isEqualTo("looks good");
        assertThat(Files.readAllLines(temp.resolve("instance/demo/local/i-1/hooks.log"))).containsExactly("started", "validated");
        // CodeBuild numbers builds per project: one build, never a second one for the continuation
        assertThat(temp.resolve("store/build-numbers/demo")).hasContent("1");
        assertThat(new ExecutionStore(temp.resolve("store")).load(waiting.executionId()).status())
                .isEqualTo(Status.SUCCEEDED);
    }

    /** approvals-approve-or-reject.html: no response within seven days and the pipeline's status is Failed. */
    @Test
    void anApprovalDecidedAfterItsSevenDaysFailsTheExecution() throws Exception {
        ExecutionState waiting = run(ApprovalDecider.Decision.PENDING);
        clock.advance(java.time.Duration.ofDays(7).plusMinutes(1));

        ExecutionState late = engine(ApprovalDecider.Decision.PENDING).decide(waiting.executionId(), "Approval/Approve",
                ApprovalDecider.Decision.APPROVED, null);

        assertThat(late.status()).isEqualTo(Status.FAILED);
        assertThat(action(late, "Approval/Approve").error().message()).isEqualTo("the approval timed out at "
                + "2026-01-08T00:00:00.000Z");
        assertThat(action(late, "Approval/Approve").approval().decision()).isEqualTo("Expired");
        assertThat(temp.resolve("instance/demo/local/i-1/hooks.log")).doesNotExist();
    }

    /** run --approval-timeout: the approval fails once the engine's clock passes it, seen when the status is read. */
    @Test
    void aShortenedApprovalTimeoutFailsTheWaitingApprovalWhenTheStatusIsReadAfterIt() throws Exception {
        ExecutionEngine engine = engine(ApprovalDecider.Decision.PENDING);
        engine.approvalTimeout(java.time.Duration.ofMinutes(5));
        ExecutionSetup setup = new ExecutionSetup(repo, null, null, temp.resolve("instance"), true, Map.of(), Map.of());
        ExecutionState waiting = engine.start(PipelineFiles.read(repo, "demo"), setup, Map.of());
        assertThat(action(waiting, "Approval/Approve").approval().expires()).isEqualTo("2026-01-01T00:05:00Z");
        PipelineControl control = new PipelineControl(engine(ApprovalDecider.Decision.PENDING));

        clock.advance(java.time.Duration.ofMinutes(4));
        assertThat(control.status(waiting.executionId()).status()).isEqualTo(Status.IN_PROGRESS);
        clock.advance(java.time.Duration.ofMinutes(2));
        ExecutionState expired = control.status(waiting.executionId());

        assertThat(expired.status()).isEqualTo(Status.FAILED);
        assertThat(expired.stage("Approval").status()).isEqualTo(Status.FAILED);
        assertThat(action(expired, "Approval/Approve").approval().decision()).isEqualTo("Expired");
        assertThat(action(expired, "Approval/Approve").error().message())
                .isEqualTo("the approval timed out at 2026-01-01T00:05:00.000Z");
        assertThat(new ExecutionStore(temp.resolve("store")).load(waiting.executionId()).status()).isEqualTo(Status.FAILED);
        // the shortened timeout is part of the execution: a continuation keeps it
        assertThat(new ExecutionStore(temp.resolve("store")).load(waiting.executionId()).approvalTimeout())
                .isEqualTo(java.time.Duration.ofMinutes(5));
    }

    @Test
    void aDecisionForAnExecutionThatWaitsForNoneIsRefused() throws Exception {
        ExecutionState done = run(ApprovalDecider.Decision.APPROVED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine(ApprovalDecider.Decision.PENDING)
                        .decide(done.executionId(), null, ApprovalDecider.Decision.APPROVED, null))
                .hasMessageContaining("is Succeeded; no approval of it waits for a decision");
    }

    @Test
    void aFailingBuildStopsThePipelineBeforeTheApproval() throws Exception {
        write("buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands:\n      - exit 4\n");
        GitRepos.commitAll(repo, "break the build");
        ExecutionState result = run(ApprovalDecider.Decision.APPROVED);
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.stages()).extracting(StageState::status).containsExactly(Status.SUCCEEDED, Status.FAILED,
                null, null);
        assertThat(action(result, "Build/Build").error().message())
                .isEqualTo("COMMAND_EXECUTION_ERROR: Error while executing command: exit 4. Reason: exit status 4");
    }

    @Test
    void uncommittedChangesAreNotBuilt() throws Exception {
        write("buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands:\n      - exit 9\n");
        ExecutionState result = run(ApprovalDecider.Decision.APPROVED);
        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
    }

    @Test
    void artifactsKeepTheExecutableBit() throws Exception {
        run(ApprovalDecider.Decision.APPROVED);
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
        ExecutionState result = run(ApprovalDecider.Decision.REJECTED);
        assertThat(result.stages().get(1).status()).isEqualTo(Status.SUCCEEDED);
    }
}
