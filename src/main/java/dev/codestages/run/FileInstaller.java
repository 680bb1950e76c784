package dev.codestages.run;

import dev.codestages.appspec.AgentAppspec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Install event as the agent does it: first remove what the previous install created (its
 * cleanup file), then copy each {@code files} entry (a folder's contents, or a file into the
 * destination folder) honouring {@code file_exists_behavior}, then apply {@code permissions}, and
 * record every created path in a new cleanup file for the next deployment.
 */
final class FileInstaller {

    private final InstanceRoot instance;
    private final Path cleanupFile;
    private final Consumer<String> log;

    FileInstaller(InstanceRoot instance, String groupId, Consumer<String> log) {
        this.instance = instance;
        this.cleanupFile = instance.instructions().resolve(groupId + "-cleanup");
        this.log = log;
    }

    void install(Path archive, AgentAppspec spec) throws IOException {
        cleanUp();
        Path archiveRoot = archive.toRealPath();
        Set<Path> created = new LinkedHashSet<>();
        List<Path> copied = new ArrayList<>();
        try {
            for (AgentAppspec.FileMapping mapping : spec.files()) {
                if (mapping.source() == null || mapping.destination() == null) {
                    throw new IOException("a files entry needs both source and destination");
                }
                String inRevision = spec.revisionPath(mapping.source());
                Path source = inRevision == null ? null : archiveRoot.resolve(inRevision).normalize();
                if (source == null || !source.startsWith(archiveRoot)) {
                    throw new IOException("files source '" + mapping.source() + "' leads outside the bundle");
                }
                if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("No such file or directory @ rb_sysopen - " + mapping.source());
                }
                Path destination = instance.resolve(mapping.destination());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    mkdirs(destination, created);
                    copyContents(source, destination, archiveRoot, spec.fileExistsBehavior(), created, copied);
                } else {
                    mkdirs(destination, created);
                    copyFile(source, destination.resolve(source.getFileName().toString()), archiveRoot,
                            spec.fileExistsBehavior(), created, copied);
                }
            }
            PermissionApplier.apply(instance, spec.permissions(), copied, created, log);
        } finally {
            writeCleanup(created);
        }
    }

    private void copyContents(Path sourceDir, Path destination, Path archiveRoot, String behavior, Set<Path> created,
                              List<Path> copied) throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(sourceDir)) {
            List<Path> sorted = new ArrayList<>();
            children.forEach(sorted::add);
            sorted.sort(null);
            for (Path child : sorted) {
                Path target = destination.resolve(child.getFileName().toString());
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    mkdirs(target, created);
                    copyContents(child, target, archiveRoot, behavior, created, copied);
                } else {
                    copyFile(child, target, archiveRoot, behavior, created, copied);
                }
            }
        }
    }

    private void copyFile(Path source, Path target, Path archiveRoot, String behavior, Set<Path> created,
                          List<Path> copied) throws IOException {
        instance.checkInside(target, instance.path().relativize(target).toString());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            switch (behavior) {
                case AgentAppspec.OVERWRITE:
                    break;
                case AgentAppspec.RETAIN:
                    log.accept("kept existing " + shown(target) + " (file_exists_behavior: RETAIN)");
                    return;
                default:
                    throw new IOException("The deployment failed because a specified file already exists at this"
                            + " location: " + shown(target));
            }
        }
        if (Files.isSymbolicLink(source)) {
            Path resolved = source.toRealPath();
            if (!resolved.startsWith(archiveRoot)) {
                throw new IOException("bundle link '" + archiveRoot.relativize(source) + "' leads outside the bundle");
            }
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Files.readSymbolicLink(source));
        } else {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                    LinkOption.NOFOLLOW_LINKS);
        }
        created.add(target);
        copied.add(target);
    }

    private void mkdirs(Path directory, Set<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = directory; p != null && p.startsWith(instance.path()) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
                p = p.getParent()) {
            missing.add(0, p);
        }
        instance.checkInside(directory, shown(directory));
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    /**
     * Removes what the previous install created: files and links, and folders that are empty. A path
     * whose folder is no longer a plain folder of the target (a link now) is left alone.
     */
    private void cleanUp() throws IOException {
        if (!Files.exists(cleanupFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(cleanupFile, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Path path = instance.path().resolve(lines.get(i)).normalize();
            if (!path.startsWith(instance.path()) || path.equals(instance.path())
                    || !instance.isLinkFree(path.getParent())) {
                // a hook may have put a link where a deployed folder was: never delete through it
                continue;
            }
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
                    if (children.iterator().hasNext()) {
                        continue;
                    }
                }
            }
            Files.deleteIfExists(path);
        }
        Files.delete(cleanupFile);
    }

    private void writeCleanup(Set<Path> created) throws IOException {
        Files.createDirectories(cleanupFile.getParent());
        StringBuilder out = new StringBuilder();
        for (Path path : created) {
            out.append(instance.path().relativize(path)).append('\n');
        }
        Files.writeString(cleanupFile, out, StandardCharsets.UTF_8);
    }

    private String shown(Path target) {
        return "/" + instance.path().relativize(target);
    }

    static void makeExecutable(Path script) throws IOException {
        Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(script);
        permissions.addAll(PosixFilePermissions.fromString("--x--x--x"));
        Files.setPosixFilePermissions(script, permissions);
    }
}
