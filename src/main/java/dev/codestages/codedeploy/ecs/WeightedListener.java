package dev.codestages.codedeploy.ecs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;

/**
 * A load balancer listener on 127.0.0.1 that forwards each HTTP request to one task set, drawn by the weights
 * of its target groups, as an Application Load Balancer's weighted forward action does. The answer names the
 * task set in the header {@code X-Codestages-Task-Set}; with no task set to send to it answers 503, as a load
 * balancer whose target group has no healthy target does.
 */
public final class WeightedListener implements AutoCloseable {

    /** One target: a task set's local port and its weight. */
    private record Target(int port, int weight) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "listener");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final RandomGenerator random;
    private volatile Map<String, Target> targets = Map.of();

    private WeightedListener(HttpServer server, RandomGenerator random) {
        this.server = server;
        this.random = random;
    }

    /** A listener on a free port of 127.0.0.1. */
    public static WeightedListener open(RandomGenerator random) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WeightedListener listener = new WeightedListener(server, random);
        server.createContext("/", listener::forward);
        server.setExecutor(listener.threads);
        server.start();
        return listener;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Routes to the task sets by weight (the weights need not add up to 100); a null task set gets nothing. */
    public void route(Map<LocalTaskSet, Integer> weights) {
        Map<String, Target> next = new LinkedHashMap<>();
        weights.forEach((taskSet, weight) -> {
            if (taskSet != null) {
                next.put(taskSet.name(), new Target(taskSet.port(), weight));
            }
        });
        targets = next;
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map.Entry<String, Target> target = draw();
            if (target == null) {
                answer(exchange, 503, null, "no task set receives traffic on this listener\n");
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.getValue().port()
                    + exchange.getRequestURI())).timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null) {
                request.header("Content-Type", type);
            }
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                exchange.getResponseHeaders().set("X-Codestages-Task-Set", target.getKey());
                response.headers().firstValue("Content-Type")
                        .ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
                exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            } catch (IOException e) {
                answer(exchange, 502, target.getKey(), "the task set " + target.getKey() + " did not answer: "
                        + e.getMessage() + "\n");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer(exchange, 503, target.getKey(), "the listener is closing\n");
            }
        }
    }

    private Map.Entry<String, Target> draw() {
        Map<String, Target> now = targets;
        int total = now.values().stream().mapToInt(Target::weight).sum();
        if (total <= 0) {
            return null;
        }
        int r;
        synchronized (random) {
            r = random.nextInt(total);
        }
        for (Map.Entry<String, Target> target : now.entrySet()) {
            r -= target.getValue().weight();
            if (r < 0) {
                return target;
            }
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String taskSet, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (taskSet != null) {
            exchange.getResponseHeaders().set("X-Codestages-Task-Set", taskSet);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
