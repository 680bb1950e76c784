package dev.codestages.codedeploy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load balancer of a deployment group, played on 127.0.0.1: an HTTP reverse proxy that hands each
 * request to the next registered instance in turn (round robin) on the instance's own port, so that
 * {@code curl} during a deployment shows which revision answers (the answer carries the instance in an
 * {@code X-Codestages-Instance} header). An instance that does not answer is passed over for the next
 * one, as a load balancer passes over an unhealthy target; with none registered, or none answering, the
 * proxy answers 503 or 502 with the reason. BlockTraffic deregisters an instance, AllowTraffic registers
 * it. It binds 127.0.0.1 only, refuses a Host that is not localhost or 127.0.0.1 (a page of another site
 * cannot read the instances through it), and {@link #close()} stops its server and every thread it
 * started.
 */
public final class LocalLoadBalancer implements AutoCloseable {

    /** Headers the proxy does not pass on: they describe one connection, or the client sets them itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "host", "content-length", "expect");

    /** Request headers the JDK's client will not set, so they are not passed on to the instance. */
    private static final Set<String> CLIENT_SETS = Set.of("date", "from", "via", "warning");

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ExecutorService clientThreads;
    private final HttpClient client;
    /** Registered instances and their ports, in registration order. */
    private final Map<String, Integer> registered = new LinkedHashMap<>();
    private int next;

    private LocalLoadBalancer(HttpServer server, ExecutorService handlers, ExecutorService clientThreads) {
        this.server = server;
        this.handlers = handlers;
        this.clientThreads = clientThreads;
        this.client = HttpClient.newBuilder().executor(clientThreads).connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Starts a load balancer on 127.0.0.1 and a free port, with no instance registered. */
    public static LocalLoadBalancer start() throws IOException {
        int number = SERVERS.incrementAndGet();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        ExecutorService handlers = Executors.newFixedThreadPool(4, named("codestages-lb-" + number));
        ExecutorService clientThreads = Executors.newCachedThreadPool(named("codestages-lb-client-" + number));
        LocalLoadBalancer balancer = new LocalLoadBalancer(server, handlers, clientThreads);
        server.createContext("/", balancer::handle);
        server.setExecutor(handlers);
        server.start();
        return balancer;
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The port it listens on, on 127.0.0.1. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** AllowTraffic: {@code instance} receives requests from now on, on {@code instancePort}. */
    public synchronized void register(String instance, int instancePort) {
        registered.put(instance, instancePort);
    }

    /** BlockTraffic: {@code instance} receives no new request. */
    public synchronized void deregister(String instance) {
        registered.remove(instance);
    }

    /** The registered instances, in registration order. */
    public synchronized List<String> registered() {
        return List.copyOf(registered.keySet());
    }

    /** The registered instances from the next one in turn on, and moves the turn on by one. */
    private synchronized List<Map.Entry<String, Integer>> inTurn() {
        List<Map.Entry<String, Integer>> all = new ArrayList<>(registered.entrySet());
        if (all.isEmpty()) {
            return all;
        }
        int first = Math.floorMod(next++, all.size());
        List<Map.Entry<String, Integer>> ordered = new ArrayList<>(all.subList(first, all.size()));
        ordered.addAll(all.subList(0, first));
        return ordered;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!localHost(exchange.getRequestHeaders().getFirst("Host"))) {
                answer(exchange, 421, "the local load balancer answers only requests for 127.0.0.1 or localhost\n");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            List<Map.Entry<String, Integer>> instances = inTurn();
            if (instances.isEmpty()) {
                answer(exchange, 503, "no instance is registered with the load balancer (each leaves it at"
                        + " BlockTraffic and joins it at AllowTraffic)\n");
                return;
            }
            List<String> silent = new ArrayList<>();
            for (Map.Entry<String, Integer> instance : instances) {
                HttpResponse<InputStream> response = forward(exchange, body, instance.getValue());
                if (response == null) {
                    silent.add(instance.getKey() + " (port " + instance.getValue() + ")");
                    continue;
                }
                relay(exchange, response, instance.getKey());
                return;
            }
            answer(exchange, 502, "no registered instance answered: " + String.join(", ", silent) + "\n");
        }
    }

    /** The instance's answer, or null when nothing listens on its port. */
    private HttpResponse<InputStream> forward(HttpExchange exchange, byte[] body, int instancePort) throws IOException {
        URI uri = URI.create("http://127.0.0.1:" + instancePort + exchange.getRequestURI().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(lower) && !CLIENT_SETS.contains(lower)) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the load balancer is stopping", e);
        }
    }

    private static void relay(HttpExchange exchange, HttpResponse<InputStream> response, String instance)
            throws IOException {
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        exchange.getResponseHeaders().set("X-Codestages-Instance", instance);
        try (InputStream in = response.body()) {
            byte[] answer = in.readAllBytes();
            boolean noBody = exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204
                    || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : answer.length == 0 ? -1 : answer.length);
            if (!noBody && answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static boolean localHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        return name.equals("127.0.0.1") || name.equals("localhost");
    }

    /** Stops the server and every thread it started; requests under way are cut off. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        clientThreads.shutdownNow();
        try {
            handlers.awaitTermination(5, TimeUnit.SECONDS);
            clientThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
