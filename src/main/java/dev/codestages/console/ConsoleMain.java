package dev.codestages.console;

import dev.codestages.api.ApiCredentials;
import dev.codestages.api.ApiProject;
import dev.codestages.api.AwsApiHandler;
import dev.codestages.run.ProcessTree;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code console} command's body, called by the CLI with plain JDK types only, so that no class of
 * this package is loaded before {@code console} runs (picocli reads every command's fields and method
 * signatures when it builds the command line, also for {@code lint}). Starts the server, prints its URL,
 * and serves until Ctrl-C or {@code kill}: then the executions it plays end Stopped (as for {@code run})
 * and the server closes its streams and its socket.
 */
public final class ConsoleMain {

    private ConsoleMain() {
    }

    /** Serves the project in {@code folder} on 127.0.0.1:{@code port}; returns the exit code. */
    public static int serve(Path folder, Path pipelineFile, Path storeDir, int port, PrintWriter out, PrintWriter err) {
        return ProcessTree.stoppingOnExit(() -> {
            Path store = storeDir != null ? storeDir : folder.resolve(".codestages");
            ConsoleProject project = new ConsoleProject(folder, pipelineFile, store);
            // the AWS API on the same server, the same engine and the same store (docs/aws-api.md)
            ApiCredentials credentials = ApiCredentials.generate();
            ConsoleServer server = new ConsoleServer(project, port,
                    new AwsApiHandler(ApiProject.of(folder, pipelineFile, store), credentials));
            try {
                server.start();
            } catch (BindException e) {
                err.println("codestages console: port " + port + " is in use; choose another with --port N (0: any free port)");
                return 2;
            } catch (IOException e) {
                err.println("codestages console: cannot start the server: " + e.getMessage());
                return 2;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "codestages-console-stop"));
            out.println("codestages console: " + server.url() + " (project " + project.folder() + ")");
            out.println(credentials.instructions(server.url()));
            out.println("Serving on 127.0.0.1 only; press Ctrl-C to stop.");
            out.flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.close();
            }
            return 0;
        });
    }
}
