package dev.codestages.ci;

import dev.codestages.run.DeployAgent;
import dev.codestages.run.DeploymentResult;
import dev.codestages.run.RunListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code deployAppspec} step without Jenkins: deploys a revision bundle (a zip or a folder) from
 * the workspace into an instance folder inside the workspace with the local CodeDeploy agent.
 */
public final class WorkspaceDeploy {

    private WorkspaceDeploy() {
    }

    /**
     * Deploys with every event written to {@code log} as {@link LogLines}, and flushes {@code log} before
     * it returns or throws, whatever happened (see {@link WorkspaceBuild#run(Path, String, Path, Map,
     * PrintStream)}): the failed hook's output and the rollback's notes come last. An interrupt stops the
     * running hook script and everything it started, then is thrown on.
     *
     * @param bundle the zip or folder with the appspec at its root, relative to the workspace
     * @param target the instance folder, relative to the workspace (made when missing); not the workspace itself
     * @throws IOException when a path is refused or the bundle is missing
     */
    public static DeploymentResult deploy(Path workspace, String bundle, String target, boolean rollback,
                                          Map<String, String> jenkinsEnv, PrintStream log)
            throws IOException, InterruptedException {
        try {
            return deploy(workspace, bundle, target, rollback, jenkinsEnv, new LogLines(log::println));
        } finally {
            log.flush();
        }
    }

    static DeploymentResult deploy(Path workspace, String bundle, String target, boolean rollback,
                                   Map<String, String> jenkinsEnv, RunListener listener)
            throws IOException, InterruptedException {
        WorkspacePaths paths = new WorkspacePaths(workspace);
        Path bundlePath = paths.resolve(bundle);
        if (!Files.exists(bundlePath)) {
            throw new IOException("bundle '" + bundle + "' does not exist in the workspace");
        }
        Path targetPath = paths.resolve(target);
        if (targetPath.equals(paths.root())) {
            throw new IOException("target '" + target + "' is the workspace itself; name a folder inside it");
        }
        if (Files.exists(targetPath) && !Files.isDirectory(targetPath)) {
            throw new IOException("target '" + target + "' is a file; name a folder");
        }
        return new DeployAgent(listener).deploy(bundlePath, targetPath,
                JenkinsVariables.deploySettings(jenkinsEnv, rollback));
    }

    /** Why the deployment failed, and how its rollback went; null when it succeeded. */
    public static String failure(DeploymentResult result) {
        if (result.succeeded()) {
            return null;
        }
        String message = "deployment " + result.id() + " failed: " + result.failure();
        if (result.rolledBack()) {
            DeploymentResult rollback = result.rollback();
            message += "; rollback deployment " + rollback.id() + " " + rollback.status().label().toLowerCase(Locale.ROOT);
        }
        return message;
    }

    /**
     * The step's return value: {@code deploymentId}, {@code status}, {@code rolledBack} and
     * {@code events} (lifecycle event to status), in JDK collections that Pipeline can keep.
     */
    public static Map<String, Object> summary(DeploymentResult result) {
        Map<String, Object> events = new LinkedHashMap<>();
        for (DeploymentResult.EventResult event : result.events()) {
            events.put(event.name(), event.status().label());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("deploymentId", result.id());
        summary.put("status", result.status().label());
        summary.put("rolledBack", result.rolledBack());
        summary.put("events", events);
        return summary;
    }
}
