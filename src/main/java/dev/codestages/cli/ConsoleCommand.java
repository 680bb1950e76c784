package dev.codestages.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code codestages console}: the pipeline in a browser, live. Names no class of the console package in
 * a field or a signature: picocli reads those for every command line, and {@code lint} must not load the
 * server's classes (ConsoleLoadingTest).
 */
@Command(name = "console", mixinStandardHelpOptions = true,
        header = "Show the pipeline and its executions live in a browser.",
        description = "Serves a local web page (127.0.0.1 only) with the pipeline as 'diagram' draws it, coloured by"
                + " the latest execution and updated as it runs, also for executions started by 'codestages run' in"
                + " another terminal. From the page: release a change, approve or reject, read logs, build phases,"
                + " deployments, the history and the lint findings. Prints the URL; Ctrl-C stops it.")
final class ConsoleCommand implements Callable<Integer> {

    /** The default port; 8080 is often taken (Jenkins). */
    static final int DEFAULT_PORT = 8765;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "the project folder, a git repository (default: .)")
    private Path dir = Path.of(".");

    @Mixin
    private PipelineOption pipeline = new PipelineOption();

    @Option(names = "--port", paramLabel = "N", description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free port)")
    private int port = DEFAULT_PORT;

    @Option(names = "--store", paramLabel = "DIR", description = "where executions are kept, as given to run (default: DIR/.codestages)")
    private Path store;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("codestages console: '" + dir + "' is not a folder");
            return ExitCodes.USAGE;
        }
        if (port < 0 || port > 65535) {
            spec.commandLine().getErr().println("codestages console: --port " + port + " is not a port (0 to 65535)");
            return ExitCodes.USAGE;
        }
        Path base = dir.toAbsolutePath().normalize();
        Path source = pipeline.sourceIn(base);
        return dev.codestages.console.ConsoleMain.serve(base, source.equals(base) ? null : source, store, port,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
