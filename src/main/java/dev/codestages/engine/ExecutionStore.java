package dev.codestages.engine;

import dev.codestages.report.ReportFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The executions of one project, under {@code <store>/executions/<executionId>/}: {@code state.json} and
 * {@code logs/<Stage>/<Action>.log}. Every state is written to a temporary file and moved over the old one
 * atomically, so a crash or Ctrl-C leaves the previous state or the new one, never half of either. A
 * command that plays or changes an execution holds that execution's {@link #lock(String) lock}; the
 * store's {@link #lock() lock} is held only while an execution checks for and enters a stage. Both are
 * OS file locks, so two {@code codestages} processes queue up, plus a lock inside this JVM.
 */
public final class ExecutionStore {

    /** CodePipeline execution ids are UUIDs; anything else (a path, {@code ..}) is refused before any file access. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path root;

    public ExecutionStore(Path storeDir) {
        this.root = storeDir.toAbsolutePath().normalize().resolve("executions");
    }

    /** A fresh execution id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** True when {@code id} has the shape of an execution id. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public Path directory(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not an execution id");
        }
        return root.resolve(id);
    }

    /** The log file of one action of an execution. */
    public Path log(String id, String stage, String action) {
        return directory(id).resolve("logs").resolve(safe(stage)).resolve(safe(action) + ".log");
    }

    /** Writes the state of {@code execution}, atomically. */
    public void save(ExecutionState execution) throws IOException {
        Path dir = directory(execution.executionId());
        Files.createDirectories(dir);
        synchronized (execution) {
            ReportFiles.writeAtomically(dir.resolve("state.json"), ExecutionJson.state(execution));
        }
    }

    /**
     * Reads the execution {@code id}.
     *
     * @throws IOException when there is no such execution or its state cannot be read
     */
    public ExecutionState load(String id) throws IOException {
        if (!isId(id)) {
            throw new IOException("'" + id + "' is not an execution id (see 'codestages history')");
        }
        Path state = directory(id).resolve("state.json");
        String text;
        try {
            text = Files.readString(state, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("no execution " + id + " in " + root.getParent() + " (see 'codestages history')");
        }
        try {
            return ExecutionJsonReader.read(text);
        } catch (IOException e) {
            throw new IOException("cannot read " + state + ": " + e.getMessage(), e);
        }
    }

    /** Every readable execution, newest first. */
    public List<ExecutionState> history() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<ExecutionState> all = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String id = dir.getFileName().toString();
                if (isId(id) && Files.isRegularFile(dir.resolve("state.json"))) {
                    all.add(load(id));
                }
            }
        }
        all.sort(Comparator.comparing(ExecutionState::startTime, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                .reversed());
        return all;
    }

    /** The newest execution, if any. */
    public ExecutionState latest() throws IOException {
        List<ExecutionState> all = history();
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Takes the store's lock, waiting while another command holds it.
     *
     * @throws IOException when the lock file cannot be made
     */
    public Lock lock() throws IOException {
        Files.createDirectories(root);
        return Lock.take(root.resolve(".lock"), true);
    }

    /**
     * Takes the lock of execution {@code id}, held by whoever plays or changes it (a {@code run}, an
     * {@code approve}, a {@code stop} of a waiting execution): a second writer of its state waits.
     */
    public Lock lock(String id) throws IOException {
        Path dir = directory(id);
        Files.createDirectories(dir);
        return Lock.take(dir.resolve(".lock"), true);
    }

    /** The lock of execution {@code id} if nobody holds it, else null: nobody plays it right now. */
    public Lock tryLock(String id) throws IOException {
        Path dir = directory(id);
        Files.createDirectories(dir);
        return Lock.take(dir.resolve(".lock"), false);
    }

    /** The file a stop of execution {@code id} is asked for in, which the engine playing it watches. */
    Path stopRequest(String id) {
        return directory(id).resolve("stop-request.json");
    }

    /**
     * A held lock: an OS file lock, so that two {@code codestages} processes queue up, plus a lock inside
     * this JVM (a file lock cannot be taken twice by one JVM). Closing it lets the next one in.
     */
    public static final class Lock implements AutoCloseable {
        private final ReentrantLock local;
        private final FileChannel channel;
        private final FileLock fileLock;

        private Lock(ReentrantLock local, FileChannel channel, FileLock fileLock) {
            this.local = local;
            this.channel = channel;
            this.fileLock = fileLock;
        }

        /** Takes the lock on {@code file}; with {@code wait} false returns null at once when it is held. */
        static Lock take(Path file, boolean wait) throws IOException {
            ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
            if (wait) {
                local.lock();
            } else if (!local.tryLock()) {
                return null;
            }
            if (local.getHoldCount() > 1) {
                // this thread holds it already (a stop of the execution it plays): the file lock is ours too
                return new Lock(local, null, null);
            }
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                try {
                    FileLock fileLock = wait ? channel.lock() : channel.tryLock();
                    if (fileLock == null) {
                        channel.close();
                        local.unlock();
                        return null;
                    }
                    return new Lock(local, channel, fileLock);
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                local.unlock();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                if (fileLock != null) {
                    fileLock.release();
                    channel.close();
                }
            } finally {
                local.unlock();
            }
        }
    }

    static String safe(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._@-]", "_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" + safe : safe;
    }
}
