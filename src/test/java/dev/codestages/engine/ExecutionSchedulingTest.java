package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link ExecutionEngine} on a pipeline definition in a throwaway git repository: actions of one
 * runOrder overlap, variables flow from earlier actions only, and what the engine cannot play fails unless
 * stubbed.
 */
class ExecutionSchedulingTest {

    @TempDir
    Path temp;

    private Path repo;
    private Path barrier;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void repository() throws Exception {
        repo = temp.resolve("classroom");
        barrier = Files.createDirectories(temp.resolve("barrier"));
        GitRepos.init(repo);
        // Unit and Lint each wait (at most a minute) for the other's mark: both succeed only if they overlap
        Files.writeString(repo.resolve("buildspec.yml"), """
                version: 0.2
                env:
                  exported-variables:
                    - SAID
                phases:
                  build:
                    commands:
                      - echo "commit=$COMMIT run=$RUN heard=$HEARD"
                      - 'if [ -n "$OTHER" ]; then touch "%s/$ME"; i=0; while [ ! -e "%s/$OTHER" ]; do i=$((i+1)); [ $i -gt 600 ] && exit 1; sleep 0.1; done; fi'
                      - export SAID="said-by-$ME"
                """.formatted(barrier, barrier), StandardCharsets.UTF_8);
        Files.copy(getClass().getResourceAsStream("parallel-pipeline.yml"), repo.resolve("pipeline.yml"));
        GitRepos.commitAll(repo, "classroom pipeline");
    }

    private ExecutionState run(Map<String, String> variables, Map<String, String> stubs) throws Exception {
        ExecutionSetup setup = new ExecutionSetup(repo, null, repo.resolve("pipeline.yml"), temp.resolve("instance"), true,
                variables, stubs);
        return new ExecutionEngine(temp.resolve("store"), EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z")),
                listener, Map.of(), ApprovalDecider.PENDING)
                .start(PipelineFiles.read(repo.resolve("pipeline.yml"), "pipeline.yml"), setup, Map.of());
    }

    private static ActionState action(ExecutionState execution, String step) {
        return execution.action(step).orElseThrow();
    }

    @Test
    void actionsWithTheSameRunOrderRunAtTheSameTimeAndTheNextRunOrderAfterThem() throws Exception {
        ExecutionState execution = run(Map.of(), Map.of("Publish/Stack", "succeed"));

        assertThat(action(execution, "Test/Unit").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(execution, "Test/Lint").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(execution, "Test/Report").status()).isEqualTo(Status.SUCCEEDED);
        // Report (runOrder 2) starts only after both runOrder-1 actions ended
        int reportStarts = listener.events.indexOf("start Test/Report");
        assertThat(listener.events.indexOf("end Test/Unit SUCCEEDED")).isBetween(0, reportStarts);
        assertThat(listener.events.indexOf("end Test/Lint SUCCEEDED")).isBetween(0, reportStarts);
        assertThat(barrier.resolve("unit")).exists();
        assertThat(barrier.resolve("lint")).exists();
        // each action has its own log
        Path logs = temp.resolve("store/executions/" + execution.executionId() + "/logs/Test");
        assertThat(Files.readString(logs.resolve("Unit.log"))).contains("commit=");
        assertThat(Files.readString(logs.resolve("Lint.log"))).doesNotContain("said-by-unit");
    }

    @Test
    void sourceAndPipelineVariablesReachTheBuildsEnvironmentAndNamespacedOutputReachesLaterActions() throws Exception {
        String commit = GitRepos.git(repo, "rev-parse", "HEAD");
        ExecutionState execution = run(Map.of("Greeting", "bonjour"), Map.of("Publish/Stack", "succeed"));

        assertThat(listener.outputOf("Test/Unit/build")).contains("commit=" + commit + " run="
                + execution.executionId() + " heard=");
        assertThat(listener.outputOf("Test/Report/build")).contains("commit= run= heard=said-by-unit bonjour");
        assertThat(execution.variables()).containsEntry("SourceVariables.CommitId", commit)
                .containsEntry("SourceVariables.CommitMessage", "classroom pipeline")
                .containsEntry("SourceVariables.BranchName", "main")
                .containsEntry("SourceVariables.RepositoryName", "classroom")
                .containsEntry("UnitVariables.SAID", "said-by-unit")
                .containsEntry("variables.Greeting", "bonjour")
                .containsKey("SourceVariables.AuthorDate");
        // Lint has no namespace: its variables are its own, referable by nobody
        assertThat(action(execution, "Test/Lint").outputVariables()).containsEntry("SAID", "said-by-lint");
        assertThat(execution.variables()).doesNotContainValue("said-by-lint");
    }

    @Test
    void aPipelineVariableWithoutAValueOfTheExecutionTakesItsDeclaredDefault() throws Exception {
        ExecutionState execution = run(Map.of(), Map.of("Publish/Stack", "succeed"));

        assertThat(execution.variables()).containsEntry("variables.Greeting", "hello");
        assertThat(listener.outputOf("Test/Report/build")).contains("commit= run= heard=said-by-unit hello");
    }

    @Test
    void anActionTheEngineCannotPlayFailsItsStageAndNeverShowsSucceeded() throws Exception {
        ExecutionState execution = run(Map.of(), Map.of());

        assertThat(execution.status()).isEqualTo(Status.FAILED);
        assertThat(execution.stage("Publish").status()).isEqualTo(Status.FAILED);
        assertThat(action(execution, "Publish/Stack").error().message())
                .startsWith("CloudFormation is not simulated locally; stand in for it with --stub Publish/Stack=succeed");
    }

    @Test
    void aStubbedActionIsStubbedNotSucceeded() throws Exception {
        ExecutionState stubbed = run(Map.of(), Map.of("Publish/Stack", "succeed"));
        assertThat(action(stubbed, "Publish/Stack").status()).isEqualTo(Status.STUBBED);
        assertThat(stubbed.stage("Publish").status()).isEqualTo(Status.STUBBED);
        assertThat(stubbed.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(ExecutionJson.record(stubbed)).contains("\"status\" : \"Stubbed\"");

        ExecutionState failed = run(Map.of(), Map.of("Publish/Stack", "fail"));
        assertThat(action(failed, "Publish/Stack").status()).isEqualTo(Status.FAILED);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aReferenceToAVariableNobodyMadeFailsTheActionWithAwsMessageAndItsSiblingStillFinishes() throws Exception {
        Files.writeString(repo.resolve("pipeline.yml"), Files.readString(repo.resolve("pipeline.yml"))
                .replace("#{SourceVariables.CommitId}\"}]'\n        inputArtifacts: [{name: Src}]\n      - name: Report",
                        "#{Nowhere.Thing}\"}]'\n        inputArtifacts: [{name: Src}]\n      - name: Report"));
        GitRepos.commitAll(repo, "a bad reference in Lint");
        Files.writeString(barrier.resolve("lint"), "");

        ExecutionState execution = run(Map.of(), Map.of("Publish/Stack", "succeed"));

        assertThat(action(execution, "Test/Lint").error().message()).isEqualTo("An action in this pipeline failed because"
                + " one or more variables could not be resolved: Action name=Lint (unresolved: #{Nowhere.Thing})");
        assertThat(action(execution, "Test/Unit").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(action(execution, "Test/Report").status()).isNull();
        assertThat(execution.stage("Test").status()).isEqualTo(Status.FAILED);
        assertThat(execution.stage("Publish").status()).isNull();
    }

    @Test
    void anApprovalWaitsShowingItsCustomDataWithVariablesResolved() throws Exception {
        Files.writeString(repo.resolve("pipeline.yml"), """
                name: classroom
                roleArn: arn:aws:iam::111122223333:role/classroom
                artifactStore: {type: S3, location: classroom-artifacts}
                stages:
                  - name: Source
                    actions:
                      - name: Checkout
                        actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                        configuration: {RepositoryName: classroom, BranchName: main}
                        outputArtifacts: [{name: Src}]
                        namespace: SourceVariables
                  - name: Review
                    actions:
                      - name: Approve
                        actionTypeId: {category: Approval, owner: AWS, provider: Manual, version: "1"}
                        configuration:
                          CustomData: 'Release #{SourceVariables.CommitId}?'
                          ExternalEntityLink: 'https://example.com/#{SourceVariables.BranchName}'
                """, StandardCharsets.UTF_8);
        String commit = GitRepos.commitAll(repo, "an approval");

        ExecutionState execution = run(Map.of(), Map.of());

        assertThat(execution.status()).isEqualTo(Status.IN_PROGRESS);
        ActionState.Approval approval = action(execution, "Review/Approve").approval();
        assertThat(approval.customData()).isEqualTo("Release " + commit + "?");
        assertThat(approval.externalEntityLink()).isEqualTo("https://example.com/main");
        assertThat(approval.expires()).isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
    }
}
