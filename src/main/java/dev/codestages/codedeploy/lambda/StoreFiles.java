package dev.codestages.codedeploy.lambda;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The store's file writes: every record is written to a temporary file beside its place and moved there
 * atomically, so a reader never sees half a record and a crash leaves the old one; an immutable record is
 * linked into place, which fails rather than replace one that exists. No write goes through a symbolic link.
 */
final class StoreFiles {

    private StoreFiles() {
    }

    /** Creates {@code dir} and its parents up to {@code root}, refusing any that is a symbolic link. */
    static Path directory(Path root, Path dir) throws IOException {
        Path relative = root.relativize(dir);
        Path current = root;
        refuseLink(current);
        Files.createDirectories(current);
        for (Path part : relative) {
            current = current.resolve(part);
            refuseLink(current);
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            }
        }
        return current;
    }

    static void refuseLink(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            throw new IOException(path + " is a symbolic link; the Lambda store writes through none");
        }
    }

    /** Replaces {@code file} with {@code values} atomically. */
    static void replace(Path file, Map<String, String> values) throws IOException {
        refuseLink(file);
        Path temp = temporary(file, values);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code file} with {@code values} once: false, and nothing written, when it exists already. */
    static boolean create(Path file, Map<String, String> values) throws IOException {
        Path temp = temporary(file, values);
        try {
            Files.createLink(file, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The values of {@code file}, or null when there is none. */
    static Map<String, String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    private static Path temporary(Path file, Map<String, String> values) throws IOException {
        Properties properties = new Properties();
        properties.putAll(values);
        java.io.StringWriter text = new java.io.StringWriter();
        properties.store(text, null);
        // Properties.store starts with a date comment: dropped, so that equal records are equal files
        String body = text.toString().lines().filter(line -> !line.startsWith("#"))
                .sorted().reduce("", (a, line) -> a + line + "\n");
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        Files.writeString(temp, body, StandardCharsets.UTF_8);
        return temp;
    }
}
