package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ConsoleCommand}: prints its URL, serves the page there, and stops cleanly on {@code kill} (what
 * Ctrl-C sends is handled alike: the shutdown hooks run); a folder that does not exist, a bad port and a
 * port in use are usage errors, exit 2, one line.
 */
class ConsoleCommandTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    @Test
    void itPrintsItsUrlServesThePageAndStopsOnKill() throws Exception {
        Path app = temp.resolve("app");
        assertThat(cli.execute("init", app.toString())).isZero();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process console = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.codestages.cli.Codestages", "console", app.toString(), "--port", "0")).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            Matcher url = Pattern.compile("codestages console: (http://127\\.0\\.0\\.1:(\\d+)/) \\(project .*app\\)").matcher(first);
            assertThat(url.matches()).as(first).isTrue();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Release change");

            console.destroy();
            assertThat(console.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
            int port = Integer.parseInt(url.group(2));
            assertThatThrownBy(() -> new Socket(InetAddress.getByName("127.0.0.1"), port).close())
                    .isInstanceOf(ConnectException.class);
        } finally {
            console.destroyForcibly();
        }
    }

    @Test
    void aMissingFolderABadPortAndAPortInUseAreUsageErrors() throws Exception {
        assertThat(cli.execute("console", temp.resolve("nothing").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("codestages console: '").contains("' is not a folder");
        assertThat(cli.execute("console", temp.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(cli.err()).contains("--port 70000 is not a port (0 to 65535)");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(cli.execute("console", temp.toString(), "--port", String.valueOf(taken.getLocalPort()))).isEqualTo(2);
            assertThat(cli.err()).contains("port " + taken.getLocalPort() + " is in use; choose another with --port N");
        }
    }
}
