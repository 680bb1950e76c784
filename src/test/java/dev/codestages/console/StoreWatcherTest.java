package dev.codestages.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.engine.ExecutionStore;
import dev.codestages.report.ReportFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StoreWatcher} and {@link StateChange}: each rewritten {@code state.json} is read once and told as
 * the status changes a person would see, in order (a stage starts before its actions and ends after them,
 * the execution ends last), each with a narration and its AWS page; an unchanged file, a folder that is no
 * execution and a state that cannot be read are passed over; a change of the stage transitions is told too.
 */
class StoreWatcherTest {

    private static final String ID = "0b5c3e0e-2a6f-4d7e-9a53-5d1f2c3b4a59";

    @TempDir
    Path store;

    private final List<String> told = new ArrayList<>();

    private StoreWatcher watcher() {
        return new StoreWatcher(new ExecutionStore(store), store, Duration.ofMillis(100),
                (state, modified, changes) -> changes.forEach(c -> {
                    Narration narration = Narration.of(c);
                    assertThat(narration.link()).startsWith("https://docs.aws.amazon.com/");
                    assertThat(narration.text()).isNotBlank();
                    told.add((c.step().isEmpty() ? "execution" : c.step()) + " " + c.status().label());
                }), () -> told.add("transitions"));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private static String action(String name, String provider, String status) {
        return "{\"name\":\"" + name + "\",\"provider\":\"" + provider + "\",\"runOrder\":1,\"status\":" + quoted(status)
                + ",\"startTime\":null,\"endTime\":null,\"outputVariables\":{},\"error\":null}";
    }

    /** A state file as the engine writes it, with the statuses of the execution and its two stages. */
    private void write(String execution, String source, String build) throws Exception {
        String json = "{\"version\":2,\"pipelineName\":\"p\",\"executionId\":\"" + ID + "\",\"status\":" + quoted(execution)
                + ",\"startTime\":\"2026-01-01T00:00:00.000Z\",\"endTime\":null,\"variables\":{},\"stages\":["
                + "{\"name\":\"Source\",\"status\":" + quoted(source) + ",\"actions\":[" + action("Checkout", "CodeCommit", source)
                + "]},{\"name\":\"Build\",\"status\":" + quoted(build) + ",\"actions\":[" + action("Build", "CodeBuild", build)
                + "]}],\"engine\":{\"repository\":\"/tmp/app\",\"revision\":null,\"pipelineFile\":null,\"target\":\"/tmp/i\","
                + "\"rollback\":true,\"pipelineVariables\":{},\"stubs\":{},\"sourceVersion\":\"\",\"artifacts\":{},\"trees\":{}}}";
        Path dir = Files.createDirectories(store.resolve("executions").resolve(ID));
        ReportFiles.writeAtomically(dir.resolve("state.json"), json);
    }

    @Test
    void eachRewrittenStateIsToldAsItsChangesInTheOrderTheyHappened() throws Exception {
        StoreWatcher watcher = watcher();
        watcher.scan(true);
        assertThat(told).isEmpty();

        write("InProgress", "InProgress", null);
        watcher.scan(true);
        assertThat(told).containsExactly("execution InProgress", "Source InProgress", "Source/Checkout InProgress");

        told.clear();
        watcher.scan(true);
        assertThat(told).as("nothing changed").isEmpty();

        write("InProgress", "Succeeded", "InProgress");
        watcher.scan(true);
        assertThat(told).containsExactly("Source/Checkout Succeeded", "Source Succeeded", "Build InProgress",
                "Build/Build InProgress");

        told.clear();
        write("Failed", "Succeeded", "Failed");
        watcher.scan(true);
        assertThat(told).containsExactly("Build/Build Failed", "Build Failed", "execution Failed");

        told.clear();
        ReportFiles.writeAtomically(store.resolve("transitions.json"), "{}");
        watcher.scan(true);
        assertThat(told).as("the stage transitions changed").containsExactly("transitions");
    }

    @Test
    void whatIsThereAtStartIsNotToldAndWhatCannotBeReadIsPassedOver() throws Exception {
        write("Succeeded", "Succeeded", "Succeeded");
        Files.createDirectories(store.resolve("executions/not-an-execution"));
        Files.writeString(store.resolve("executions/not-an-execution/state.json"), "{}");
        StoreWatcher watcher = watcher();
        watcher.scan(false);
        watcher.scan(true);
        assertThat(told).isEmpty();

        ReportFiles.writeAtomically(store.resolve("executions").resolve(ID).resolve("state.json"), "{\"version\":");
        watcher.scan(true);
        assertThat(told).as("a state that cannot be read").isEmpty();
        write("InProgress", "Succeeded", "InProgress");
        watcher.scan(true);
        assertThat(told).containsExactly("execution InProgress", "Build InProgress", "Build/Build InProgress");
    }
}
