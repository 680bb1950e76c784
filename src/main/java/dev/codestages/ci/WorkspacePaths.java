package dev.codestages.ci;

import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Paths named in a Jenkinsfile ({@code files:}, {@code sarif:}, {@code buildspec:}, {@code bundle:},
 * {@code target:}), resolved inside one workspace and nowhere else. Absolute paths and {@code ..} are
 * refused before anything is touched, and so is a path whose existing part leads outside through a
 * symbolic link: on the controller's built-in node the workspace sits next to {@code JENKINS_HOME}, and
 * a link to its secrets must not end up in a build log.
 */
public final class WorkspacePaths {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final Path root;

    /** @param workspace an existing folder; links in its own path are resolved once, here */
    public WorkspacePaths(Path workspace) throws IOException {
        this.root = workspace.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** The place of {@code relative} inside the workspace; it need not exist yet. */
    public Path resolve(String relative) throws IOException {
        String cleaned = checkRelative(relative);
        Path target;
        try {
            target = root.resolve(cleaned).normalize();
        } catch (InvalidPathException e) {
            throw new IOException("'" + relative + "' is not a valid path");
        }
        if (!target.startsWith(root)) {
            throw new IOException("'" + relative + "' leads outside the workspace");
        }
        checkLinks(target, relative);
        return target;
    }

    /** As {@link #resolve}, for a path that must be an existing regular file. */
    public Path existingFile(String relative) throws IOException {
        Path file = resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IOException("'" + relative + "' is not a file in the workspace");
        }
        return file;
    }

    /**
     * The spec files a comma-separated list names: a file as it is, a folder searched with
     * {@link SpecFinder} (which does not follow links below it). Display paths are relative to the
     * workspace with {@code /}; a file named twice is linted once.
     */
    public List<SpecFile> specFiles(String commaSeparated) throws IOException {
        List<String> entries = split(commaSeparated);
        if (entries.isEmpty()) {
            throw new IOException("no file or folder named (files: '" + (commaSeparated == null ? "" : commaSeparated)
                    + "')");
        }
        Map<Path, SpecFile> files = new LinkedHashMap<>();
        for (String entry : entries) {
            Path path = resolve(entry);
            if (Files.isDirectory(path)) {
                for (SpecFile found : SpecFinder.find(path)) {
                    files.putIfAbsent(found.path(), new SpecFile(found.path(), display(found.path()), null));
                }
            } else if (Files.isRegularFile(path)) {
                files.putIfAbsent(path, new SpecFile(path, display(path), null));
            } else {
                throw new IOException("'" + entry + "' does not exist in the workspace");
            }
        }
        return new ArrayList<>(files.values());
    }

    /** {@code path} relative to the workspace, with {@code /} separators ({@code .} for the workspace). */
    public String display(Path path) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** The non-blank entries of a comma-separated list, trimmed. */
    public static List<String> split(String commaSeparated) {
        List<String> entries = new ArrayList<>();
        if (commaSeparated != null) {
            for (String entry : commaSeparated.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.strip());
                }
            }
        }
        return entries;
    }

    /** The path with {@code /} separators, or an exception when it is blank, absolute or climbs with {@code ..}. */
    private static String checkRelative(String relative) throws IOException {
        if (relative == null || relative.isBlank()) {
            throw new IOException("an empty path was given");
        }
        String path = relative.strip().replace('\\', '/');
        if (path.indexOf('\0') >= 0) {
            throw new IOException("'" + relative + "' is not a valid path");
        }
        if (path.startsWith("/") || DRIVE.matcher(path).matches()) {
            throw new IOException("'" + relative + "' is absolute; name a path relative to the workspace");
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                throw new IOException("'" + relative + "' climbs out with '..'; name a path inside the workspace");
            }
        }
        return path;
    }

    /** Walks from the root to {@code target}; every link on the way must resolve inside the root. */
    private void checkLinks(Path target, String shownAs) throws IOException {
        Path current = root;
        for (Path name : root.relativize(target)) {
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                Path real;
                try {
                    real = current.toRealPath();
                } catch (NoSuchFileException e) {
                    throw new IOException("'" + shownAs + "' goes through a dangling symbolic link");
                }
                if (!real.startsWith(root)) {
                    throw new IOException("'" + shownAs + "' leads outside the workspace through a symbolic link");
                }
            } else if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
        }
    }
}
