package dev.codestages.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.engine.EngineClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests what {@link AwsApiHandler} refuses before it reads any execution: foreign hosts, other paths. */
class AwsApiHandlerTest {

    @TempDir
    Path temp;

    private ApiTestServer server;

    @BeforeEach
    void serve() throws IOException {
        ApiProject project = new ApiProject(temp, null, temp.resolve("store"), temp.resolve("instance"),
                EngineClock.system(1), Map.of());
        server = new ApiTestServer(new AwsApiHandler(project, ApiCredentials.generate()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A raw request, since HTTP clients will not send a Host header of the caller's choosing. */
    private String send(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nX-Amz-Target: CodePipeline_20150709.ListPipelines"
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aForeignHostHeaderIsRefusedBeforeAnythingElse() throws IOException {
        String answer = send("POST", "/", "attacker.example");
        assertThat(answer).startsWith("HTTP/1.1 403").contains("\"__type\":\"AccessDeniedException\"",
                "the Host header 'attacker.example' does not name this local server");
        assertThat(send("POST", "/", "localhost:1")).startsWith("HTTP/1.1 403");
    }

    @Test
    void anUnsignedRequestFromThisMachineIsMissingAuthenticationToken() throws IOException {
        assertThat(send("POST", "/", "127.0.0.1:" + server.port())).startsWith("HTTP/1.1 403")
                .contains("\"__type\":\"MissingAuthenticationTokenException\"");
    }

    @Test
    void anotherMethodOrPathIsNoOperation() throws IOException {
        assertThat(send("GET", "/pipelines", "localhost:" + server.port())).startsWith("HTTP/1.1 404")
                .contains("\"__type\":\"UnknownOperationException\"");
    }

    @Test
    void theCredentialsNeverPrintTheSecret() {
        ApiCredentials credentials = ApiCredentials.generate();
        assertThat(credentials.toString()).contains(credentials.accessKeyId()).doesNotContain(credentials.secretAccessKey());
        assertThat(credentials.accessKeyId()).startsWith("CSLOCAL").hasSize(20);
        assertThat(credentials.secretAccessKey()).hasSize(40);
        assertThat(credentials.instructions("http://127.0.0.1:8080")).contains("--endpoint-url http://127.0.0.1:8080",
                "AWS_SECRET_ACCESS_KEY=" + credentials.secretAccessKey(), "AWS_DEFAULT_REGION=us-east-1");
    }
}
