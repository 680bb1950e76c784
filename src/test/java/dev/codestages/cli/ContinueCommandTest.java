package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code codestages continue}: the request file a waiting blue/green deployment polls, or a clear refusal. */
class ContinueCommandTest {

    @TempDir
    Path store;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new Codestages());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void aWaitingDeploymentIsAskedToRerouteNow() throws Exception {
        Path requests = Files.createDirectories(store.resolve("Web/requests"));
        Files.writeString(requests.resolve("d-ABCDEFGH1.waiting"), "READY_WAIT\n");

        int code = run("continue", "d-ABCDEFGH1", "--store", store.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("d-ABCDEFGH1: traffic is rerouted to the replacement instances now\n");
        assertThat(requests.resolve("d-ABCDEFGH1.continue")).exists();
    }

    @Test
    void aDeploymentThatDoesNotWaitIsAUsageError() {
        int code = run("continue", "d-ABCDEFGH1", "--store", store.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("codestages continue: no deployment d-ABCDEFGH1 is waiting in " + store);
    }

    @Test
    void somethingElseThanADeploymentIdIsRefused() {
        int code = run("continue", "../../etc", "--store", store.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("codestages continue: '../../etc' is not a deployment id");
    }
}
