package dev.codestages.api;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Serves an {@link AwsApiHandler} on 127.0.0.1 and a free port for tests, until the console's server mounts it,
 * and keeps every answer as it went over the wire (target, HTTP status, body) so tests can check it against
 * the botocore model the CLI parses it with.
 */
final class ApiTestServer implements AutoCloseable {

    /** One answer as sent. */
    record Exchange(String target, int status, String body) {
    }

    private final HttpServer server;
    private final List<Exchange> exchanges = new ArrayList<>();

    ApiTestServer(AwsApiHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler).getFilters().add(new Recorder());
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "api-test-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String endpoint() {
        return "http://127.0.0.1:" + port();
    }

    synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private final class Recorder extends Filter {
        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            int[] status = {0};
            OutputStream original = exchange.getResponseBody();
            exchange.setStreams(null, new FilterOutputStream(original) {
                @Override
                public void write(int b) throws IOException {
                    copy.write(b);
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    copy.write(b, off, len);
                    out.write(b, off, len);
                }
            });
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            chain.doFilter(exchange);
            status[0] = exchange.getResponseCode();
            synchronized (ApiTestServer.this) {
                exchanges.add(new Exchange(target, status[0], copy.toString(StandardCharsets.UTF_8)));
            }
        }

        @Override
        public String description() {
            return "records each answer";
        }
    }
}
