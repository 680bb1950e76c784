package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.codestages.pipeline.Status;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link ExecutionStore}, {@link ExecutionJson} and {@link EngineClock}: state survives, is locked, and is valid. */
class ExecutionStoreTest {

    @TempDir
    Path temp;

    private ExecutionState sample(String id) {
        ActionState source = new ActionState("Checkout", "CodeCommit", 1);
        ActionState approve = new ActionState("Approve", "Manual", 1);
        ExecutionState execution = new ExecutionState(id, "demo",
                new ExecutionSetup(temp, null, null, temp.resolve("instance"), true, Map.of("Stage", "test"), Map.of()),
                List.of(new StageState("Source", List.of(source)), new StageState("Approval", List.of(approve))),
                Instant.parse("2026-01-01T10:00:00.123Z"));
        source.start(Instant.parse("2026-01-01T10:00:00.200Z"));
        source.outputVariables(Map.of("CommitId", "abc"));
        source.finish(Status.SUCCEEDED, Instant.parse("2026-01-01T10:00:01Z"), null);
        execution.stages().get(0).status(Status.SUCCEEDED);
        execution.stages().get(1).status(Status.IN_PROGRESS);
        approve.start(Instant.parse("2026-01-01T10:00:02Z"));
        approve.approval(new ActionState.Approval("token", Instant.parse("2026-01-08T10:00:02Z"), null, null,
                "Release abc?", null));
        execution.variable("codepipeline.PipelineExecutionId", id);
        return execution;
    }

    @Test
    void aSavedExecutionReadsBackAsItWasAndAStrayTemporaryFileChangesNothing() throws Exception {
        ExecutionStore store = new ExecutionStore(temp.resolve("store"));
        String id = ExecutionStore.newId();
        store.save(sample(id));
        // what a crash between writing and moving leaves behind
        Files.writeString(store.directory(id).resolve(".state.json.1234.tmp"), "{\"version\":2, \"stag");

        ExecutionState read = store.load(id);

        assertThat(ExecutionJson.state(read)).isEqualTo(ExecutionJson.state(sample(id)));
        assertThat(read.pendingApprovals()).containsExactly("Approval/Approve");
        assertThat(store.history()).extracting(ExecutionState::executionId).containsExactly(id);
    }

    @Test
    void anIdThatIsNoExecutionIdIsRefusedBeforeAnyFileIsRead() {
        ExecutionStore store = new ExecutionStore(temp.resolve("store"));
        assertThatThrownBy(() -> store.load("../../etc/passwd")).hasMessageContaining("is not an execution id");
        assertThatThrownBy(() -> store.load(ExecutionStore.newId())).hasMessageContaining("no execution ");
    }

    @Test
    void aSecondCommandWaitsForTheStoreLockBeforeItWrites() throws Exception {
        ExecutionStore store = new ExecutionStore(temp.resolve("store"));
        String id = ExecutionStore.newId();
        Thread second;
        try (ExecutionStore.Lock held = store.lock()) {
            second = new Thread(() -> {
                try (ExecutionStore.Lock lock = store.lock()) {
                    store.save(sample(id));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            second.start();
            while (second.getState() != Thread.State.WAITING) {
                assertThat(second.isAlive()).isTrue();
                Thread.onSpinWait();
            }
            assertThat(store.directory(id)).doesNotExist();
        }
        second.join();
        assertThat(store.load(id).executionId()).isEqualTo(id);
    }

    @Test
    void theRecordFollowsItsPublishedSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("docs/execution-record.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        String record = ExecutionJson.record(sample(ExecutionStore.newId()));
        assertThat(schema.validate(new ObjectMapper().readTree(record))).isEmpty();
        assertThat(record).contains("\"startTime\" : \"2026-01-01T10:00:00.123Z\"", "\"status\" : \"InProgress\"")
                .doesNotContain("\"engine\"");
    }

    @Test
    void aManualClockMovesOnlyWhenAdvancedAndWakesWhoWaitsOnIt() throws Exception {
        EngineClock.Manual clock = EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z"));
        Thread sleeper = new Thread(() -> {
            try {
                clock.sleep(Duration.ofDays(7));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sleeper.start();
        while (sleeper.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        clock.advance(Duration.ofDays(3));
        assertThat(sleeper.isAlive()).isTrue();
        clock.advance(Duration.ofDays(4));
        sleeper.join();
        assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
    }
}
