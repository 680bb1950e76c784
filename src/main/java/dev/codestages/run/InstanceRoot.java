package dev.codestages.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder that stands for an instance's file system: {@code /opt/app} in an appspec becomes
 * {@code <root>/opt/app}. Every path handed out is checked to stay inside the root, also through
 * symbolic links already present, so nothing is ever written outside it. The agent's own files sit
 * where the real agent keeps them, under {@code <root>/opt/codedeploy-agent/deployment-root}.
 */
final class InstanceRoot {

    private final Path root;

    InstanceRoot(Path root) throws IOException {
        Files.createDirectories(root);
        this.root = root.toRealPath();
    }

    Path path() {
        return root;
    }

    Path agentRoot() {
        return root.resolve("opt/codedeploy-agent/deployment-root");
    }

    Path instructions() {
        return agentRoot().resolve("deployment-instructions");
    }

    Path deploymentDir(String groupId, String deploymentId) {
        return agentRoot().resolve(groupId).resolve(deploymentId);
    }

    /**
     * The place inside the root for an absolute instance path, or an exception when it would lead
     * outside: through {@code ..}, or through a symbolic link in an existing parent.
     */
    Path resolve(String instancePath) throws IOException {
        String relative = instancePath.replace('\\', '/');
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("path '" + instancePath + "' leads outside the instance folder");
        }
        checkInside(target, instancePath);
        return target;
    }

    /** Fails when an existing part of {@code target}'s path is a link that resolves outside the root. */
    void checkInside(Path target, String shownAs) throws IOException {
        Path existing = target;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing != null && Files.exists(existing) && !existing.toRealPath().startsWith(root)) {
            throw new IOException("path '" + shownAs + "' leads outside the instance folder through a symbolic link");
        }
        if (existing != null && Files.isSymbolicLink(existing) && !Files.exists(existing)) {
            throw new IOException("path '" + shownAs + "' goes through a dangling symbolic link");
        }
    }

    /**
     * True when {@code folder} exists inside the root and no part of its path below the root is a
     * symbolic link, so that deleting in it deletes in the target and nowhere else.
     */
    boolean isLinkFree(Path folder) {
        try {
            return folder.startsWith(root) && folder.toRealPath().equals(folder);
        } catch (IOException e) {
            return false;
        }
    }
}
