package dev.codestages.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A bundle on disk. Every path is resolved to its real path first (following every link) and must
 * still lie under the bundle's real root; otherwise it is {@link Kind#OUTSIDE} and is neither opened
 * nor examined further. Only regular files inside the bundle are ever opened, and then without
 * following a link at the last step.
 */
public final class DiskBundle implements BundleTree {

    private final Path root;

    /** A bundle rooted at {@code root}; a root that cannot be resolved has nothing in it. */
    public DiskBundle(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = null;
        }
        this.root = real;
    }

    @Override
    public Kind kind(String relative) {
        if (root == null) {
            return Kind.MISSING;
        }
        if (MemoryBundle.hasLoneSurrogate(relative)) {
            return Kind.UNNAMEABLE;
        }
        Path path;
        try {
            path = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            // a character the JVM's file-name encoding cannot hold (any non-ASCII one under LC_ALL=C)
            return Kind.UNNAMEABLE;
        }
        if (!path.startsWith(root)) {
            return Kind.OUTSIDE;
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            return danglingLink(path);
        } catch (IOException e) {
            return Kind.MISSING;
        }
        if (!real.startsWith(root)) {
            return Kind.OUTSIDE;
        }
        if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return Kind.FILE;
        }
        return Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS) ? Kind.DIRECTORY : Kind.OTHER;
    }

    /** A path that does not resolve: missing, unless it is a link whose text already points outside. */
    private Kind danglingLink(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                Path target = path.getParent().resolve(Files.readSymbolicLink(path)).normalize();
                return target.startsWith(root) ? Kind.MISSING : Kind.OUTSIDE;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Kind.MISSING;
        }
        return Kind.MISSING;
    }

    @Override
    public boolean executable(String relative) {
        Path real = inside(relative);
        if (real == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.readAttributes(real, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).permissions();
            return permissions.contains(PosixFilePermission.OWNER_EXECUTE)
                    || permissions.contains(PosixFilePermission.GROUP_EXECUTE)
                    || permissions.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (UnsupportedOperationException e) {
            return Files.isExecutable(real);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public byte[] head(String relative, int max) {
        Path real = inside(relative);
        if (real == null || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The real path of a file inside the bundle, or null when it is not one. */
    private Path inside(String relative) {
        if (kind(relative) != Kind.FILE) {
            return null;
        }
        try {
            Path real = root.resolve(relative).toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }
}
