package dev.codestages.codedeploy;

import dev.codestages.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * StopDeployment between processes: the API (in the console's process) writes
 * {@code <store>/deployment-stops/<deployment id>.stop}, saying whether the stopped deployment is to be rolled
 * back ({@code autoRollbackEnabled}); the process that plays the deployment (a {@code codestages run}, or the
 * console itself) looks for it between instances, lifecycle events, traffic steps and while a blue/green
 * deployment waits, and stops there. The engine removes the file when the deployment's action ends. As in
 * AWS the request is asynchronous: StopDeployment answers Pending before the deployment has stopped.
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_StopDeployment.html">StopDeployment</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployments-stop.html">Stop a deployment
 *      with CodeDeploy</a>
 */
public final class StopDeploymentRequests implements DeploymentStops {

    /** A deployment id as CodeDeploy writes it; nothing else names a request file. */
    private static final String ROLL_BACK = "rollback";

    private final Path folder;

    /** The requests of the store {@code store} (the engine's, the one {@code codestages console} serves). */
    public StopDeploymentRequests(Path store) {
        this.folder = store.resolve("deployment-stops");
    }

    /**
     * Asks deployment {@code deploymentId} to stop, rolled back when {@code rollBack}.
     *
     * @throws IllegalArgumentException when {@code deploymentId} is not a CodeDeploy deployment id
     */
    public void request(String deploymentId, boolean rollBack) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            throw new IOException(folder + " is a symbolic link; request files are written only inside the store");
        }
        Files.createDirectories(folder);
        ReportFiles.writeAtomically(file(deploymentId), (rollBack ? ROLL_BACK : "keep") + "\n");
    }

    @Override
    public Optional<Boolean> asked(String deploymentId) {
        if (!DeploymentIds.isId(deploymentId)) {
            return Optional.empty();
        }
        Path file = folder.resolve(deploymentId + ".stop");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip().equals(ROLL_BACK));
        } catch (IOException e) {
            // removed between the look and the read: the deployment's action has ended
            return Optional.empty();
        }
    }

    /** The deployment has ended: its request, if any, goes. */
    public void clear(String deploymentId) throws IOException {
        if (DeploymentIds.isId(deploymentId)) {
            Files.deleteIfExists(folder.resolve(deploymentId + ".stop"));
        }
    }

    private Path file(String deploymentId) {
        if (!DeploymentIds.isId(deploymentId)) {
            throw new IllegalArgumentException("'" + deploymentId + "' is not a deployment id (d- and nine capital"
                    + " letters or digits)");
        }
        return folder.resolve(deploymentId + ".stop");
    }
}
