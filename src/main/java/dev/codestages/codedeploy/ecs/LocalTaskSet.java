package dev.codestages.codedeploy.ecs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One task set of an ECS service played as a local process: the container's command with its environment, plus
 * {@code PORT} (the local port it must listen on, 127.0.0.1, so that two task sets can run side by side) and
 * {@code CONTAINER_PORT} (the task definition's container port). Its output lines go to a consumer; a stop
 * kills the process and everything it started, and so does the end of codestages itself (Ctrl-C, kill).
 */
public final class LocalTaskSet implements AutoCloseable {

    /** How long a task set may take to listen on its port. */
    static final long READY_MILLIS = 30_000;

    private final String name;
    private final int port;
    private final Process process;
    private final Thread onExit;

    private LocalTaskSet(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.onExit = new Thread(this::kill, "stop-task-set-" + name);
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /**
     * Starts {@code command} (run by {@code sh -c}) in {@code directory} and waits until it listens on its port.
     *
     * @throws IOException when it exits or does not listen within 30 seconds (then it is stopped)
     */
    public static LocalTaskSet start(String name, String command, Map<String, String> environment, int containerPort,
                                     Path directory, Consumer<String> output) throws IOException, InterruptedException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "-c", command)).directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("CONTAINER_PORT", String.valueOf(containerPort));
        LocalTaskSet taskSet = new LocalTaskSet(name, port, builder.start());
        Thread reader = new Thread(() -> taskSet.pump(output), "task-set-" + name);
        reader.setDaemon(true);
        reader.start();
        try {
            taskSet.awaitListening();
        } catch (IOException | InterruptedException e) {
            taskSet.close();
            throw e;
        }
        return taskSet;
    }

    public String name() {
        return name;
    }

    /** The local port the task set listens on. */
    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Stops the task set's process and its children. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook kills the task set
        }
        kill();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_MILLIS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the task set " + name + " exited with status " + process.exitValue()
                        + " before it listened on port " + port);
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IOException("the task set " + name + " did not listen on port " + port + " (given as PORT) within "
                + READY_MILLIS / 1000 + " s");
    }

    private void pump(Consumer<String> output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.accept(name + ": " + line);
            }
        } catch (IOException e) {
            // the process was stopped: its output ends here
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
