package dev.codestages.console;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The pages listening for server-sent events (text/event-stream, the browser's EventSource): each open
 * page holds one response open, and every change is written to all of them. A page that went away is
 * dropped at the next write; a comment line every few seconds finds those early.
 */
final class EventHub implements AutoCloseable {

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();

    /** Opens an event stream on {@code exchange} and keeps it until the page goes or the console stops. */
    void open(HttpExchange exchange) throws IOException {
        startStream(exchange);
        clients.add(exchange);
    }

    /** Answers {@code exchange} with the headers of an event stream and a first comment. */
    static void startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": codestages console\nretry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
    }

    /** Sends one event, its data one line of JSON, to every page. */
    void send(String event, String json) {
        for (HttpExchange client : clients) {
            if (!write(client, event, json)) {
                clients.remove(client);
                client.close();
            }
        }
    }

    /** A comment line: keeps proxies quiet and finds pages that went away. */
    void ping() {
        for (HttpExchange client : clients) {
            if (!write(client, null, null)) {
                clients.remove(client);
                client.close();
            }
        }
    }

    /** Writes one event to one stream; false when the page is gone. */
    static boolean write(HttpExchange client, String event, String data) {
        // a line break in the data starts another data line, which the browser joins back with a line break
        String text = event == null ? ": ping\n\n"
                : "event: " + event + "\ndata: " + data.strip().replace("\r", "").replace("\n", "\ndata: ") + "\n\n";
        try {
            synchronized (client) {
                OutputStream body = client.getResponseBody();
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    int size() {
        return clients.size();
    }

    @Override
    public void close() {
        for (HttpExchange client : clients) {
            client.close();
        }
        clients.clear();
    }
}
