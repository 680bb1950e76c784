package dev.codestages.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.cli.Codestages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's defences, tested with raw HTTP so that every header is the test's own: a state-changing
 * request without the page's token, or from another origin, is refused 403; a Host that is not the
 * console's (DNS rebinding) is refused 421; the socket listens on 127.0.0.1 only; the page carries a strict
 * Content-Security-Policy and no inline script; an AWS API call ({@code X-Amz-Target}) goes to the handler
 * given, without the token, and is 404 without one.
 */
class ConsoleSecurityTest {

    @TempDir
    Path temp;

    private ConsoleServer console;
    private int port;

    @BeforeEach
    void start() throws Exception {
        console = start(null);
    }

    private ConsoleServer start(com.sun.net.httpserver.HttpHandler awsApi) throws IOException {
        Path app = temp.resolve("app");
        if (!app.toFile().exists()) {
            Codestages.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                    .execute("init", app.toString());
        }
        ConsoleServer server = new ConsoleServer(ConsoleProject.in(app), 0, awsApi);
        server.start();
        port = server.address().getPort();
        return server;
    }

    @AfterEach
    void stop() {
        console.close();
    }

    /** One HTTP/1.1 request as written; the whole response as read. */
    private String request(String method, String path, String host, List<String> headers, String body) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + "Connection: close\r\n");
            headers.forEach(h -> request.append(h).append("\r\n"));
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                request.append("Content-Type: application/json\r\nContent-Length: ").append(content.length).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String self() {
        return "127.0.0.1:" + port;
    }

    private String origin() {
        return "Origin: http://127.0.0.1:" + port;
    }

    private String token() {
        return RequestGuard.TOKEN_HEADER + ": " + console.token();
    }

    private static String status(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    @Test
    void aChangeWithoutTheTokenOrFromAnotherOriginIsRefusedWith403() throws Exception {
        String body = "{\"executionId\":\"not-an-id\",\"decision\":\"approve\"}";
        assertThat(status(request("POST", "/api/release", self(), List.of(origin()), "{}"))).endsWith(" 403 Forbidden");
        assertThat(status(request("POST", "/api/decide", self(), List.of(origin(), RequestGuard.TOKEN_HEADER + ": guessed"),
                body))).endsWith(" 403 Forbidden");
        assertThat(status(request("POST", "/api/decide", self(), List.of("Origin: http://evil.example", token()), body)))
                .endsWith(" 403 Forbidden");
        assertThat(status(request("POST", "/api/decide", self(), List.of(token()), body))).as("neither Origin nor Referer")
                .endsWith(" 403 Forbidden");
        assertThat(console.history()).as("nothing was started").isEmpty();
        // with both, the request reaches the engine's side, which finds no such execution
        String answered = request("POST", "/api/decide", self(), List.of(origin(), token()), body);
        assertThat(status(answered)).endsWith(" 400 Bad Request");
        assertThat(answered).contains("'not-an-id' is not an execution id");
        assertThat(status(request("POST", "/api/decide", self(),
                List.of("Referer: http://localhost:" + port + "/", token()), body))).endsWith(" 400 Bad Request");
    }

    @Test
    void aRequestForAnotherHostIsRefusedWith421() throws Exception {
        assertThat(status(request("GET", "/", "evil.example:" + port, List.of(), null))).contains(" 421");
        assertThat(status(request("GET", "/api/overview", "127.0.0.1.evil.example", List.of(), null))).contains(" 421 ");
        assertThat(status(request("GET", "/", "localhost:" + (port + 1), List.of(), null))).contains(" 421 ");
        assertThat(status(request("POST", "/api/release", "evil.example", List.of(origin(), token()), "{}"))).contains(" 421 ");
        assertThat(status(request("GET", "/", "localhost:" + port, List.of(), null))).endsWith(" 200 OK");
        assertThat(status(request("GET", "/", self(), List.of(), null))).endsWith(" 200 OK");
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws Exception {
        assertThat(console.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface network : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : java.util.Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
                    others.add(address);
                }
            }
        }
        for (InetAddress address : others) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, port), 2000);
                }
            }).as("connecting through %s", address).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void thePageHasAStrictContentSecurityPolicyTheTokenAndNoInlineScript() throws Exception {
        String page = request("GET", "/", self(), List.of(), null);
        String headers = page.substring(0, page.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        String html = page.substring(page.indexOf("\r\n\r\n"));
        assertThat(headers).contains("content-security-policy: default-src 'self'; script-src 'self'; style-src 'self';",
                "x-content-type-options: nosniff", "frame-ancestors 'none'");
        assertThat(html).contains("<meta name=\"codestages-token\" content=\"" + console.token() + "\">");
        assertThat(html).containsPattern("<script src=\"/console.js\" defer></script>")
                .doesNotContainPattern("<script(?![^>]*src=)").doesNotContain("http://", "https://", " style=", " on");
        assertThat(request("GET", "/console.js", self(), List.of(), null)).containsIgnoringCase("Content-Type: text/javascript")
                .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "http://");
    }

    @Test
    void anAwsApiCallGoesToTheGivenHandlerWithoutTheTokenAndIs404WithoutOne() throws Exception {
        String call = "{\"name\":\"app\"}";
        List<String> amz = List.of("X-Amz-Target: CodePipeline_20150709.GetPipeline");
        assertThat(status(request("POST", "/", self(), amz, call))).endsWith(" 404 Not Found");
        console.close();
        console = start(exchange -> {
            byte[] answer = ("handled " + exchange.getRequestHeaders().getFirst("X-Amz-Target")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        String answered = request("POST", "/", self(), amz, call);
        assertThat(status(answered)).endsWith(" 200 OK");
        assertThat(answered).endsWith("handled CodePipeline_20150709.GetPipeline");
        assertThat(status(request("POST", "/", "evil.example", amz, call))).contains(" 421 ");
        assertThat(status(request("POST", "/", self(), List.of(origin()), call))).as("a POST / without the header")
                .endsWith(" 403 Forbidden");
    }
}
