package dev.codestages.codedeploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ContinueDeployment between processes: a blue/green deployment that waits (for traffic to be rerouted,
 * or before its original instances are terminated) leaves {@code <group>/requests/<deployment id>.waiting}
 * in the store, saying which wait ({@code READY_WAIT} or {@code TERMINATION_WAIT}); {@code codestages
 * continue DEPLOYMENT_ID}, from another terminal, finds it and writes {@code <deployment id>.continue}
 * next to it, which the waiting deployment polls. Both files go when the wait ends.
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_ContinueDeployment.html">ContinueDeployment</a>
 */
public final class RerouteRequests {

    /** A deployment id as CodeDeploy writes it; nothing else names a request file. */

    /** How deep below the store a group's folder may sit (the engine keeps groups below its own folders). */
    private static final int SEARCH_DEPTH = 8;

    private RerouteRequests() {
    }

    static Path folder(Path groupFolder) {
        return groupFolder.resolve("requests");
    }

    /** Says that {@code deploymentId} waits, and for what. */
    static void waiting(Path groupFolder, String deploymentId, String waitType) throws IOException {
        Path folder = folder(groupFolder);
        if (Files.isSymbolicLink(folder)) {
            throw new IOException(folder + " is a symbolic link; request files are written only inside the store");
        }
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(deploymentId + ".continue"));
        Files.writeString(folder.resolve(deploymentId + ".waiting"), waitType + "\n", StandardCharsets.UTF_8);
    }

    /** True once {@code codestages continue} has asked the waiting deployment to go on. */
    static boolean requested(Path groupFolder, String deploymentId) {
        return Files.exists(folder(groupFolder).resolve(deploymentId + ".continue"));
    }

    /** The wait is over: neither file stays. */
    static void clear(Path groupFolder, String deploymentId) throws IOException {
        Files.deleteIfExists(folder(groupFolder).resolve(deploymentId + ".waiting"));
        Files.deleteIfExists(folder(groupFolder).resolve(deploymentId + ".continue"));
    }

    /**
     * Asks the deployment {@code deploymentId}, waiting somewhere under {@code store}, to go on: returns
     * the wait it was in ({@code READY_WAIT}: traffic is rerouted now; {@code TERMINATION_WAIT}: the
     * original instances are terminated now), or empty when no deployment of that id is waiting.
     *
     * @throws IllegalArgumentException when {@code deploymentId} is not a CodeDeploy deployment id
     */
    public static Optional<String> request(Path store, String deploymentId) throws IOException {
        if (!DeploymentIds.isId(deploymentId)) {
            throw new IllegalArgumentException("'" + deploymentId + "' is not a deployment id (d- and nine capital"
                    + " letters or digits, as the deployment's output shows it)");
        }
        if (!Files.isDirectory(store)) {
            return Optional.empty();
        }
        List<Path> waiting;
        try (Stream<Path> files = Files.walk(store, SEARCH_DEPTH)) {
            waiting = files.filter(file -> file.getFileName().toString().equals(deploymentId + ".waiting")
                    && file.getParent().getFileName().toString().equals("requests")
                    && Files.isRegularFile(file)).toList();
        }
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Path marker = waiting.get(0);
        String waitType = Files.readString(marker, StandardCharsets.UTF_8).strip();
        Files.writeString(marker.resolveSibling(deploymentId + ".continue"), "requested\n", StandardCharsets.UTF_8);
        return Optional.of(waitType);
    }
}
