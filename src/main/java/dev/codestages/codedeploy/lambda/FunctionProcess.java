package dev.codestages.codedeploy.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one invocation of a local function as a process: the event JSON on its standard input (then closed,
 * so a function that reads to the end never waits), its standard output as the answer and standard error as
 * the log. A time limit, or an interrupt of the calling thread, kills the process and everything it started.
 */
final class FunctionProcess {

    /** Exit status reported for a function killed at its time limit. */
    static final int TIMED_OUT = -2;

    private FunctionProcess() {
    }

    static Result run(List<String> command, Path directory, Map<String, String> environment, String payload,
                      Duration limit) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        // a kill of codestages itself (not only an interrupt of this thread) stops the function too
        Thread onExit = new Thread(() -> kill(process), "stop-function-" + process.pid());
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            return await(process, payload, limit);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onExit);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook runs
            }
        }
    }

    private static Result await(Process process, String payload, Duration limit) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outReader = pump(process.getInputStream(), out);
        Thread errReader = pump(process.getErrorStream(), err);
        Thread writer = new Thread(() -> write(process.getOutputStream(), payload), "payload-" + process.pid());
        writer.setDaemon(true);
        writer.start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                return new Result(TIMED_OUT, text(out, outReader), text(err, errReader)
                        + "the function was stopped after " + limit.toSeconds() + " s\n");
            }
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
        return new Result(process.exitValue(), text(out, outReader), text(err, errReader));
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread thread = new Thread(() -> {
            try (in) {
                in.transferTo(sink);
            } catch (IOException e) {
                // the process was killed: its output ends here
            }
        }, "function-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void write(OutputStream in, String payload) {
        try (in) {
            in.write(payload.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the function exited without reading its event: that is its business
        }
    }

    private static String text(ByteArrayOutputStream sink, Thread reader) throws InterruptedException {
        reader.join(2000);
        synchronized (sink) {
            return sink.toString(StandardCharsets.UTF_8);
        }
    }
}
