package dev.codestages.run;

import dev.codestages.buildspec.ArtifactSelection;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Zips for the local artifact store, written and read through the JDK's zip file system with Unix
 * permissions kept (as {@code zip}/{@code unzip} keep them), so an executable script stays
 * executable from source to build to deployment. A zip is written under a temporary name and moved
 * into place; unpacking refuses entries that would land outside the destination.
 */
public final class ZipArchives {

    private ZipArchives() {
    }

    public static void pack(List<ArtifactSelection.Entry> entries, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        Path temp = zip.resolveSibling("." + zip.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        try {
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + temp.toUri()),
                    Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
                for (ArtifactSelection.Entry entry : entries) {
                    Path target = fs.getPath(entry.name());
                    if (target.getParent() != null) {
                        Files.createDirectories(target.getParent());
                    }
                    Files.copy(entry.file(), target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setLastModifiedTime(target, Files.getLastModifiedTime(entry.file()));
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry.file()));
                }
            }
            Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void unpack(Path zip, Path destination) throws IOException {
        Files.createDirectories(destination);
        Path root = destination.toRealPath();
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toAbsolutePath().toUri()),
                Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> entries = Files.walk(fs.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.toString().replaceFirst("^/+", "");
                if (name.isEmpty()) {
                    continue;
                }
                Path target = root.resolve(name).normalize();
                if (!target.startsWith(root) || target.equals(root)) {
                    throw new IOException("zip entry '" + name + "' leads outside " + destination);
                }
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entry, target, StandardCopyOption.REPLACE_EXISTING);
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(entry);
                    if (!permissions.isEmpty()) {
                        Files.setPosixFilePermissions(target, permissions);
                    }
                }
            }
        }
    }
}
