package dev.codestages.console;

import com.sun.net.httpserver.HttpExchange;
import dev.codestages.engine.ActionState;
import dev.codestages.engine.ExecutionStore;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams one action's log ({@code <store>/executions/<id>/logs/<Stage>/<Action>.log}, which the engine
 * appends to as the action runs) to a page as server-sent events, one event per line, as {@code tail -f}
 * reads it: what is there first, then each new line within the poll interval, until the action has ended
 * and everything it wrote was sent ({@code end}), or the page goes away.
 */
final class LogStream {

    private static final long POLL_MILLIS = 150;

    private final ExecutionStore store;

    LogStream(ExecutionStore store) {
        this.store = store;
    }

    /** Streams the log of {@code stage}/{@code action} of execution {@code id} on {@code exchange}; blocks. */
    void stream(HttpExchange exchange, String id, String stage, String action) throws IOException {
        Path file = store.log(id, stage, action);
        EventHub.startStream(exchange);
        long position = 0;
        StringBuilder partial = new StringBuilder();
        try {
            while (true) {
                boolean ended = ended(id, stage, action);
                if (Files.isRegularFile(file)) {
                    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
                        long length = in.length();
                        if (length > position) {
                            byte[] bytes = new byte[(int) Math.min(length - position, 1 << 20)];
                            in.seek(position);
                            in.readFully(bytes);
                            position += bytes.length;
                            partial.append(new String(bytes, StandardCharsets.UTF_8));
                            if (!sendLines(exchange, partial)) {
                                return;
                            }
                            continue;
                        }
                    }
                }
                if (ended) {
                    if (partial.length() > 0) {
                        EventHub.write(exchange, "line", ConsoleJson.line(partial.toString()));
                    }
                    EventHub.write(exchange, "end", "{}");
                    return;
                }
                if (!EventHub.write(exchange, null, null)) {
                    return;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** Sends every whole line of {@code text} and keeps the unfinished rest; false when the page is gone. */
    private static boolean sendLines(HttpExchange exchange, StringBuilder text) {
        int newline;
        while ((newline = text.indexOf("\n")) >= 0) {
            String line = text.substring(0, newline);
            text.delete(0, newline + 1);
            if (!EventHub.write(exchange, "line", ConsoleJson.line(line.endsWith("\r") ? line.substring(0, line.length() - 1)
                    : line))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True once nothing more will be written: the action ended, or waits at an approval, or the execution
     * ended (an action that never started), or the execution cannot be read.
     */
    private boolean ended(String id, String stage, String action) {
        try {
            dev.codestages.engine.ExecutionState execution = store.load(id);
            dev.codestages.engine.StageState stageState = execution.stage(stage);
            ActionState state = stageState == null ? null : stageState.action(action);
            return state == null || execution.status().isFinal() || (state.status() != null && state.status().isFinal())
                    || (state.status() != null && state.approval() != null);
        } catch (IOException e) {
            return true;
        }
    }
}
