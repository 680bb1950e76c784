package dev.codestages.cli;

import dev.codestages.codedeploy.RerouteRequests;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code codestages continue DEPLOYMENT_ID}: AWS's ContinueDeployment ("Reroute traffic") for a blue/green
 * deployment that a {@code codestages run} in another terminal plays: traffic moves to the replacement
 * instances now instead of at the end of the wait, or, once it has moved, the original instances are
 * terminated now.
 */
@Command(name = "continue", mixinStandardHelpOptions = true,
        header = "Reroute traffic of a waiting blue/green deployment now (or terminate its original instances now).")
final class ContinueCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DEPLOYMENT_ID", description = "the deployment, as the run shows it (d-XXXXXXXXX)")
    private String deploymentId;

    @Mixin
    private StoreOption store = new StoreOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<String> wait = RerouteRequests.request(store.dir(), deploymentId);
            if (wait.isEmpty()) {
                err.println("codestages continue: no deployment " + deploymentId + " is waiting in " + store.dir()
                        + " (it has ended, or does not wait: only a blue/green deployment with STOP_DEPLOYMENT or a"
                        + " termination wait does)");
                return ExitCodes.USAGE;
            }
            out.println(wait.get().equals("READY_WAIT") ? deploymentId + ": traffic is rerouted to the replacement"
                    + " instances now" : deploymentId + ": the original instances are terminated now");
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException | IOException e) {
            err.println("codestages continue: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
