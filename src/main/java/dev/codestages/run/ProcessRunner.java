package dev.codestages.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ClosedByInterruptException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one process with its output read line by line, and with a time limit enforced on the whole
 * process tree: the process starts in a session of its own ({@code setsid}), so on time-out every
 * process it started, background ones included, is killed with it. An interrupt of the waiting thread
 * stops the tree the same way ({@link ProcessTree#stop()}: TERM, then KILL) before it is passed on.
 */
final class ProcessRunner {

    /**
     * The longest part of one output line kept in memory (in characters): a command that prints
     * hundreds of megabytes without a newline must not take the heap with it; the rest of such a line
     * is counted, not kept.
     */
    static final int MAX_LINE = 64 * 1024;

    /** Exit code reported for a process killed at its time limit. */
    static final int TIMED_OUT = -2;
    /** What {@link #run} returns for a command that exited while a process it started still held its standard output open. */
    static final int STDOUT_LEFT_OPEN = -3;
    /** As {@link #STDOUT_LEFT_OPEN}, for standard error. */
    static final int STDERR_LEFT_OPEN = -4;

    private static final boolean HAS_SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"))
            || Files.isExecutable(Path.of("/bin/setsid"));

    private ProcessRunner() {
    }

    /**
     * Runs {@code command} in {@code directory} with {@code environment} added to this process's
     * environment (a null value removes a variable).
     *
     * @param timeout null for no limit
     * @return the exit code, or {@link #TIMED_OUT}
     */
    static int run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
                   Consumer<String> lines) throws IOException, InterruptedException {
        return run(command, directory, environment, timeout, null, lines);
    }

    /**
     * As {@link #run(List, Path, Map, Duration, Consumer)}, with the output (stdout and stderr) appended
     * to {@code outputFile} instead of a pipe when it is not null, and read from there. A daemon the
     * command starts in the background and that keeps writing to its inherited output then writes to
     * that file, and does not die of SIGPIPE when codestages exits, as it would with a pipe: the agent
     * gives each hook output of its own too, which it reads while the hook runs
     * (aws-codedeploy-agent, hook_executor.rb, {@code Open3.popen3} and {@code log_script}).
     */
    static int run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
                   Path outputFile, Consumer<String> lines) throws IOException, InterruptedException {
        return run(command, directory, environment, timeout, outputFile, lines, false);
    }

    /**
     * As {@link #run(List, Path, Map, Duration, Path, Consumer)}; with {@code termFirst} a process tree that
     * runs past its time limit is stopped as an interrupt stops it ({@link ProcessTree#stop()}: TERM, a grace
     * period, then KILL), so that a build's commands can clean up, rather than killed at once.
     */
    static int run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
                   Path outputFile, Consumer<String> lines, boolean termFirst) throws IOException, InterruptedException {
        return run(command, directory, environment, timeout, outputFile, lines, null, termFirst);
    }

    /**
     * As {@link #run(List, Path, Map, Duration, Path, Consumer, boolean)}; with {@code errorLines} (and an
     * {@code outputFile}) the streams are read as the CodeDeploy agent reads a hook's (hook_executor.rb,
     * aws-codedeploy-agent 800eb28): standard error goes to a file of its own beside the output ({@code .err})
     * and its lines to {@code errorLines}, so that {@code [stdout]} and {@code [stderr]} lines can be told
     * apart; and the command is done only when no process holds either stream open any more. A process it
     * started in the background without redirecting its output keeps them open: as the agent waits for the
     * end of each stream within the script's timeout, this waits, and then returns {@link #STDOUT_LEFT_OPEN}
     * or {@link #STDERR_LEFT_OPEN} (the process itself is left running, as the agent leaves it).
     */
    static int run(List<String> command, Path directory, Map<String, String> environment, Duration timeout,
                   Path outputFile, Consumer<String> lines, Consumer<String> errorLines, boolean termFirst)
            throws IOException, InterruptedException {
        boolean separateErrors = errorLines != null && outputFile != null;
        long started = System.nanoTime();
        List<String> full = new ArrayList<>();
        if (HAS_SETSID) {
            full.add("setsid");
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(!separateErrors);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long outputStart = 0;
        Path errorFile = separateErrors ? outputFile.resolveSibling(outputFile.getFileName() + ".err") : null;
        long errorStart = 0;
        if (outputFile != null) {
            Files.createDirectories(outputFile.getParent());
            outputStart = Files.exists(outputFile) ? Files.size(outputFile) : 0;
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(outputFile.toFile()));
        }
        if (errorFile != null) {
            errorStart = Files.exists(errorFile) ? Files.size(errorFile) : 0;
            builder.redirectError(ProcessBuilder.Redirect.appendTo(errorFile.toFile()));
        }
        Process process = builder.start();
        ProcessTree tree = ProcessTree.started(process, HAS_SETSID);
        InputStream output;
        InputStream errors;
        try {
            output = outputFile == null ? process.getInputStream() : new FileTail(outputFile, outputStart, process);
            errors = errorFile == null ? null : new FileTail(errorFile, errorStart, process);
        } catch (IOException | RuntimeException e) {
            // the command runs already: whatever stops its start here stops it too; an interrupt that lands on
            // the file's channel (ClosedByInterruptException) is the interrupt it is
            tree.stop();
            tree.finished();
            boolean interrupt = e instanceof ClosedByInterruptException;
            if (interrupt) {
                Thread.interrupted(); // so that what the command wrote can still be read and handed on
            }
            deliverWritten(outputFile, outputStart, lines);
            deliverWritten(errorFile, errorStart, errorLines);
            if (interrupt) {
                InterruptedException interrupted = new InterruptedException("the command was stopped as it started");
                interrupted.initCause(e);
                throw interrupted;
            }
            throw e;
        }
        Thread reader = new Thread(() -> pump(output, lines), "output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        Thread errorReader = null;
        if (errors != null) {
            errorReader = new Thread(() -> pump(errors, errorLines), "errors-" + process.pid());
            errorReader.setDaemon(true);
            errorReader.start();
        }
        try {
            boolean finished = timeout == null ? waitFor(process)
                    : process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                if (termFirst) {
                    tree.stop();
                } else {
                    tree.kill();
                }
                reader.join(2000);
                return TIMED_OUT;
            }
        } catch (InterruptedException e) {
            // the step was aborted (Jenkins interrupts the thread, also at a timeout {} block's end): the
            // command and all it started go too, before the interrupt travels on
            tree.stop();
            reader.join(2000);
            throw e;
        } finally {
            tree.finished();
        }
        if (separateErrors) {
            long deadline = timeout == null ? Long.MAX_VALUE : started + timeout.toNanos();
            int open = OpenFiles.waitUntilClosed(outputFile, errorFile, deadline);
            if (open != 0) {
                return open == 1 ? STDOUT_LEFT_OPEN : STDERR_LEFT_OPEN;
            }
        }
        reader.join(5000);
        if (errorReader != null) {
            errorReader.join(5000);
        }
        if (ProcessTree.stopping()) {
            // the JVM's shutdown stopped the command: it did not fail on its own, and nothing may follow it
            throw new InterruptedException("codestages is shutting down; the command was stopped");
        }
        return process.exitValue();
    }

    /** Hands on the lines a stopped command wrote to {@code file} from {@code from} on, when there is a file. */
    private static void deliverWritten(Path file, long from, Consumer<String> lines) {
        if (file == null || lines == null) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            pump(in, lines);
        } catch (IOException e) {
            // nothing written, or gone: nothing to hand on
        }
    }

    private static boolean waitFor(Process process) throws InterruptedException {
        process.waitFor();
        return true;
    }

    private static String ended(StringBuilder line, long dropped) {
        return dropped == 0 ? line.toString() : line + " ... (" + dropped + " more characters not kept)";
    }

    private static void pump(InputStream output, Consumer<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            long dropped = 0;
            boolean afterCarriageReturn = false;
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n' && afterCarriageReturn) {
                    afterCarriageReturn = false;
                    continue; // the \n of a \r\n, whose \r ended the line already
                }
                afterCarriageReturn = c == '\r';
                if (c == '\n' || c == '\r') {
                    lines.accept(ended(line, dropped));
                    line.setLength(0);
                    dropped = 0;
                } else if (line.length() < MAX_LINE) {
                    line.append((char) c);
                } else {
                    dropped++;
                }
            }
            if (line.length() > 0 || dropped > 0) {
                lines.accept(ended(line, dropped));
            }
        } catch (IOException e) {
            // the process was killed; its output ends here
        }
    }
}
