package dev.codestages.console;

import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.ExecutionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Watches the store for changed executions: every {@code interval} it looks at each
 * {@code executions/<id>/state.json} (the engine replaces it atomically, so a changed file is a whole new
 * state) and, for each one that changed, reads it and tells the listener what changed since the last
 * reading. An execution started by {@code codestages run} in another terminal shows up the same way.
 * Polling, not a WatchService: the JDK's WatchService polls every few seconds on some systems, which
 * would break the console's "within a second"; a stat of a few files every 100 ms costs nothing.
 */
final class StoreWatcher implements AutoCloseable {

    /** Told about each changed execution, on the watcher's thread. */
    interface Listener {
        void changed(ExecutionState state, long modifiedMillis, List<StateChange> changes);
    }

    /** What was seen of one state file. */
    private record Seen(long modified, long size, Object fileKey, ExecutionState state) {
    }

    private final ExecutionStore store;
    private final Path executions;
    private final Duration interval;
    private final Listener listener;
    private final Runnable transitionsChanged;
    private final Path transitions;
    private FileTime transitionsSeen;
    private final Map<String, Seen> seen = new HashMap<>();
    private Thread thread;
    private volatile boolean running;

    /** @param transitionsChanged told when {@code <store>/transitions.json} (the stage transitions) changed */
    StoreWatcher(ExecutionStore store, Path storeDir, Duration interval, Listener listener, Runnable transitionsChanged) {
        this.store = store;
        this.executions = storeDir.resolve("executions");
        this.transitions = storeDir.resolve("transitions.json");
        this.interval = interval;
        this.listener = listener;
        this.transitionsChanged = transitionsChanged;
    }

    /** Reads what is there now (telling nobody) and starts watching. */
    void start() {
        scan(false);
        running = true;
        thread = new Thread(this::loop, "codestages-console-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            scan(true);
        }
    }

    /** One look at the store; {@code tell} false only records what is there. */
    synchronized void scan(boolean tell) {
        FileTime transitionsNow = modified(transitions);
        if (!Objects.equals(transitionsNow, transitionsSeen)) {
            transitionsSeen = transitionsNow;
            if (tell) {
                transitionsChanged.run();
            }
        }
        if (!Files.isDirectory(executions)) {
            return;
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(executions)) {
            dirs = list.toList();
        } catch (IOException e) {
            return;
        }
        for (Path dir : dirs) {
            String id = dir.getFileName().toString();
            if (!ExecutionStore.isId(id)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(dir.resolve("state.json"), BasicFileAttributes.class);
            } catch (IOException e) {
                continue;
            }
            long modified = attributes.lastModifiedTime().toMillis();
            Seen before = seen.get(id);
            if (before != null && before.modified() == modified && before.size() == attributes.size()
                    && Objects.equals(before.fileKey(), attributes.fileKey())) {
                continue;
            }
            ExecutionState state;
            try {
                state = store.load(id);
            } catch (IOException e) {
                // unreadable (or removed meanwhile): looked at again next time
                continue;
            }
            seen.put(id, new Seen(modified, attributes.size(), attributes.fileKey(), state));
            if (tell) {
                List<StateChange> changes = StateChange.between(before == null ? null : before.state(), state);
                try {
                    listener.changed(state, modified, changes);
                } catch (RuntimeException e) {
                    // a listener's bug must not stop the watching
                }
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
