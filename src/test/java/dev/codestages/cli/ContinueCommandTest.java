package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codestages continue}: the request file a waiting blue/green deployment polls, or a clear refusal. */
class ContinueCommandTest {

    @TempDir
    Path store;

    private final CliSession cli = new CliSession();

    @Test
    void aWaitingDeploymentIsAskedToRerouteNow() throws Exception {
        Path requests = Files.createDirectories(store.resolve("Web/requests"));
        Files.writeString(requests.resolve("d-ABCDEFGH1.waiting"), "READY_WAIT\n");

        int code = cli.execute("continue", "d-ABCDEFGH1", "--store", store.toString());

        assertThat(code).isZero();
        assertThat(cli.out()).isEqualTo("d-ABCDEFGH1: traffic is rerouted to the replacement instances now\n");
        assertThat(requests.resolve("d-ABCDEFGH1.continue")).exists();
    }

    @Test
    void aDeploymentThatDoesNotWaitIsAUsageError() {
        int code = cli.execute("continue", "d-ABCDEFGH1", "--store", store.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).startsWith("codestages continue: no deployment d-ABCDEFGH1 is waiting in " + store);
    }

    @Test
    void somethingElseThanADeploymentIdIsRefused() {
        int code = cli.execute("continue", "../../etc", "--store", store.toString());

        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).startsWith("codestages continue: '../../etc' is not a deployment id");
    }
}
