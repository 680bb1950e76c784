package dev.codestages.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.codestages.diagram.DiagramModel;
import dev.codestages.diagram.Layout;
import dev.codestages.diagram.PipelineDiagrams;
import dev.codestages.diagram.RunStatuses;
import dev.codestages.diagram.SvgRenderer;
import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.ExecutionJson;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.ExecutionStore;
import dev.codestages.engine.StageTransitions;
import dev.codestages.lint.Rules;
import dev.codestages.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The console's web server: the JDK's {@code com.sun.net.httpserver.HttpServer} (no dependency to add,
 * nothing to configure, and all the console needs: a few GET routes, small JSON POSTs and long-lived
 * event streams), bound to 127.0.0.1 only. It serves the page and its script and style from the jar, the
 * pipeline as SVG (the renderer of {@code diagram --format svg}, coloured by an execution's record), the
 * execution records, history and lint findings as JSON, and two event streams: store changes and an
 * action's log. Every request passes the {@link RequestGuard}; a {@code POST /} with an
 * {@code X-Amz-Target} header goes to the AWS API handler given to the constructor (which authenticates
 * with SigV4 instead of the page's token), or is answered 404 without one.
 */
public final class ConsoleServer implements AutoCloseable {

    /** How often the store is looked at; the page shows a change within about this plus one request. */
    static final Duration POLL = Duration.ofMillis(100);

    private static final int MAX_BODY = 64 * 1024;

    private final ConsoleProject project;
    private final int requestedPort;
    private final HttpHandler awsApi;
    private final ExecutionStore store;
    private final EventHub events = new EventHub();
    private final ExecutionControl control;
    private final LogStream logs;
    private HttpServer server;
    private RequestGuard guard;
    private StoreWatcher watcher;
    private ExecutorService threads;
    private ScheduledExecutorService pings;

    /**
     * @param port   the port, 0 for any free one
     * @param awsApi the handler of AWS API calls ({@code POST /} with {@code X-Amz-Target}), or null for none
     */
    public ConsoleServer(ConsoleProject project, int port, HttpHandler awsApi) {
        this.project = project;
        this.requestedPort = port;
        this.awsApi = awsApi;
        this.store = project.store();
        this.control = new ExecutionControl(project, message -> events.send("notice", ConsoleJson.message(message, null)));
        this.logs = new LogStream(store);
    }

    /** A console without an AWS API endpoint. */
    public ConsoleServer(ConsoleProject project, int port) {
        this(project, port, null);
    }

    /** Binds 127.0.0.1, starts watching the store and serving. */
    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), requestedPort), 0);
        guard = new RequestGuard(RequestGuard.newToken(), server.getAddress().getPort());
        threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "codestages-console-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        watcher = new StoreWatcher(store, project.storeDir(), POLL,
                (state, modified, changes) -> events.send("execution", ConsoleJson.change(state, modified, changes)),
                () -> events.send("transitions", "{}"));
        watcher.start();
        pings = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "codestages-console-ping");
            thread.setDaemon(true);
            return thread;
        });
        pings.scheduleAtFixedRate(events::ping, 10, 10, TimeUnit.SECONDS);
        server.start();
    }

    /** Where the page is, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The token the page carries in its state-changing requests (for tests and the lead's tools). */
    String token() {
        return guard.token();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            RequestGuard.secure(exchange.getResponseHeaders());
            if (!guard.hostAllowed(exchange)) {
                // RFC 9110 421 Misdirected Request: this server does not answer for that name (DNS rebinding)
                text(exchange, 421, "This console answers to 127.0.0.1 and localhost only.");
                return;
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (method.equals("POST") && path.equals("/") && exchange.getRequestHeaders().containsKey("X-Amz-Target")) {
                if (awsApi == null) {
                    text(exchange, 404, "No AWS API endpoint in this console.");
                } else {
                    awsApi.handle(exchange);
                }
                return;
            }
            if (method.equals("GET")) {
                get(exchange, path, query(exchange));
            } else if (method.equals("POST")) {
                if (!guard.sameOrigin(exchange) || !guard.tokenValid(exchange)) {
                    text(exchange, 403, "Refused: a change must come from the console's own page.");
                    return;
                }
                post(exchange, path);
            } else {
                exchange.getResponseHeaders().set("Allow", "GET, POST");
                text(exchange, 405, "Method not allowed.");
            }
        } catch (IllegalArgumentException e) {
            try {
                text(exchange, 400, e.getMessage());
            } catch (IOException | RuntimeException ignored) {
                // the page went away while we answered
            }
        } catch (IOException | RuntimeException e) {
            try {
                text(exchange, 500, "codestages console: " + e.getMessage());
            } catch (IOException | RuntimeException ignored) {
                // the page went away while we answered
            }
        }
    }

    private void get(HttpExchange exchange, String path, Map<String, String> query) throws IOException {
        switch (path) {
            case "/":
            case "/index.html":
                send(exchange, 200, "text/html; charset=utf-8", page());
                return;
            case "/console.js":
                send(exchange, 200, "text/javascript; charset=utf-8", resource("console.js"));
                return;
            case "/console.css":
                send(exchange, 200, "text/css; charset=utf-8", resource("console.css"));
                return;
            case "/events":
                events.open(exchange);
                return;
            case "/events/log":
                execution(query.get("execution"));
                logs.stream(exchange, query.get("execution"), required(query, "stage"), required(query, "action"));
                return;
            case "/api/overview":
                json(exchange, 200, ConsoleJson.overview(project, pipelineName(), transitions(), store.history()));
                return;
            case "/api/execution":
                json(exchange, 200, ExecutionJson.record(execution(query.get("id"))));
                return;
            case "/api/lint":
                json(exchange, 200, ConsoleJson.lint(project.lint(), Rules.infos()));
                return;
            case "/diagram.svg":
                diagram(exchange, query.get("execution"));
                return;
            default:
                text(exchange, 404, "Not found.");
        }
    }

    private void post(HttpExchange exchange, String path) throws IOException {
        Map<String, String> fields;
        try {
            fields = ConsoleJson.fields(body(exchange));
        } catch (IOException e) {
            json(exchange, 400, ConsoleJson.message(e.getMessage(), null));
            return;
        }
        switch (path) {
            case "/api/release":
                answer(exchange, control.release(), "A new execution starts.");
                return;
            case "/api/decide":
                String decision = fields.getOrDefault("decision", "");
                if (!decision.equals("approve") && !decision.equals("reject")) {
                    json(exchange, 400, ConsoleJson.message("decision is approve or reject", null));
                    return;
                }
                answer(exchange, control.decide(execution(fields.get("executionId")).executionId(), fields.get("action"),
                        decision.equals("approve") ? ApprovalDecider.Decision.APPROVED : ApprovalDecider.Decision.REJECTED,
                        fields.get("comment")), "The decision is recorded; the execution continues.");
                return;
            case "/api/retry":
                answer(exchange, control.retry(execution(fields.get("executionId")).executionId(), required(fields, "stage"),
                        "ALL_ACTIONS".equals(fields.get("mode"))), "The stage is retried.");
                return;
            case "/api/stop":
                answer(exchange, control.stop(execution(fields.get("executionId")).executionId(),
                        Boolean.parseBoolean(fields.get("abandon"))), "The execution is being stopped.");
                return;
            case "/api/transition":
                answer(exchange, control.transition(required(fields, "stage"), Boolean.parseBoolean(fields.get("enable")),
                        fields.get("reason")), "The transition is enabled; the waiting execution continues.");
                return;
            default:
                text(exchange, 404, "Not found.");
        }
    }

    /**
     * Answers a background operation: its error when it fails at once (no such approval, the pipeline changed),
     * else that it runs (202) or how it ended.
     */
    private static void answer(HttpExchange exchange, CompletableFuture<Object> operation, String accepted)
            throws IOException {
        try {
            Object done = operation.get(500, TimeUnit.MILLISECONDS);
            if (done instanceof ExecutionState execution) {
                json(exchange, 200, ConsoleJson.message("Execution " + execution.executionId() + " is "
                        + execution.status().label() + ".", execution.executionId()));
            } else {
                json(exchange, 200, ConsoleJson.message("Done.", null));
            }
        } catch (TimeoutException e) {
            json(exchange, 202, ConsoleJson.message(accepted, null));
        } catch (ExecutionException e) {
            // a request the engine refuses as AWS would (a bad reason, no such stage) is the request's fault
            int status = e.getCause() instanceof IllegalArgumentException ? 400 : 409;
            json(exchange, status, ConsoleJson.message(e.getCause().getMessage(), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            json(exchange, 503, ConsoleJson.message("the console is stopping", null));
        }
    }

    /** The pipeline drawn as {@code diagram --format svg} draws it, coloured by the execution (if one is named). */
    private void diagram(HttpExchange exchange, String executionId) throws IOException {
        Pipeline pipeline;
        RunStatuses statuses = RunStatuses.NONE;
        try {
            if (executionId == null || executionId.isEmpty()) {
                pipeline = project.pipeline();
            } else {
                ExecutionState execution = execution(executionId);
                pipeline = ExecutionEngine.read(execution.setup());
                statuses = RunStatuses.parse(ExecutionJson.record(execution));
            }
        } catch (IOException e) {
            text(exchange, 422, "The pipeline cannot be drawn: " + e.getMessage());
            return;
        }
        DiagramModel model = PipelineDiagrams.of(pipeline, statuses);
        Map<String, StageTransitions.Transition> transitions = control.transitions(pipeline);
        List<DiagramModel.Transition> drawn = new java.util.ArrayList<>();
        for (DiagramModel.Transition transition : model.transitions()) {
            StageTransitions.Transition kept = transitions.get(model.stages().get(transition.to()).name());
            drawn.add(kept == null || kept.enabled() ? transition : new DiagramModel.Transition(transition.to(),
                    kept.disabledReason() == null ? "" : kept.disabledReason()));
        }
        model = new DiagramModel(model.title(), model.stages(), model.flows(), drawn);
        send(exchange, 200, "image/svg+xml; charset=utf-8",
                SvgRenderer.render(Layout.of(model)).getBytes(StandardCharsets.UTF_8));
    }

    /** The pipeline's inbound transitions as the store keeps them (none when the pipeline cannot be read). */
    private Map<String, StageTransitions.Transition> transitions() throws IOException {
        Pipeline pipeline;
        try {
            pipeline = project.pipeline();
        } catch (IOException e) {
            return Map.of();
        }
        return control.transitions(pipeline);
    }

    private String pipelineName() {
        try {
            Pipeline pipeline = project.pipeline();
            return pipeline.name().isPresent() ? pipeline.name().text() : "pipeline";
        } catch (IOException e) {
            return "pipeline";
        }
    }

    private ExecutionState execution(String id) throws IOException {
        if (id == null) {
            throw new IllegalArgumentException("no execution named");
        }
        try {
            return store.load(id);
        } catch (IOException e) {
            // no such execution, or not an execution id: the request's fault
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' is missing");
        }
        return value;
    }

    private byte[] page() throws IOException {
        String html = new String(resource("index.html"), StandardCharsets.UTF_8);
        return html.replace("{{TOKEN}}", guard.token()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ConsoleServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the console's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IOException("the request body is too large");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void text(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Stops serving: closes the event streams, the watcher and the server; executions being played go on. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (pings != null) {
            pings.shutdownNow();
        }
        events.close();
        if (server != null) {
            server.stop(0);
        }
        if (threads != null) {
            threads.shutdownNow();
        }
        control.close();
    }

    /** Open event streams, for tests. */
    int listeners() {
        return events.size();
    }

    /** The server's executions, newest first (for tests). */
    List<ExecutionState> history() throws IOException {
        return store.history();
    }
}
