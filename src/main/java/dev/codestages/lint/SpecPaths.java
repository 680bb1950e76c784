package dev.codestages.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec files a command line names: each file as given, and the spec files {@link SpecFinder} finds
 * in each folder, named for the report as the user named the folder. A file named twice (". buildspec.yml")
 * is linted once.
 */
public final class SpecPaths {

    private SpecPaths() {
    }

    /**
     * The files to lint for the paths {@code given}, resolved against {@code workingDirectory}; with a
     * {@code kind} ({@code --type}), every file is read as that kind and a folder yields every YAML and
     * JSON file in it.
     *
     * @throws IOException when a path is missing, not a regular file or folder, or cannot be walked
     */
    public static List<SpecFile> collect(Path workingDirectory, List<Path> given, FileKind kind) throws IOException {
        // keyed by the real location; a walk of one folder finds each file once, so its own paths will do
        Map<Path, SpecFile> files = new LinkedHashMap<>();
        boolean onePath = given.size() == 1;
        for (Path named : given) {
            Path path = workingDirectory.resolve(named);
            if (Files.isDirectory(path)) {
                boolean here = named.normalize().toString().isEmpty();
                for (SpecFile found : SpecFinder.find(path, kind != null)) {
                    String display = displayPath(named, here, path.relativize(found.path()));
                    files.putIfAbsent(onePath ? found.path() : found.path().toAbsolutePath().normalize(),
                            new SpecFile(found.path(), display, kind != null ? kind : found.forcedKind()));
                }
            } else if (Files.isRegularFile(path)) {
                files.putIfAbsent(path.toAbsolutePath().normalize(), new SpecFile(path, named.toString(), kind));
            } else if (Files.exists(path)) {
                throw new IOException(named + ": not a regular file");
            } else if (Files.isSymbolicLink(path)) {
                throw new IOException(named + ": a symbolic link to nothing, or a loop of links");
            } else {
                throw new NoSuchFileException(named.toString());
            }
        }
        return new ArrayList<>(files.values());
    }

    /** A found file's path for the report: below the folder as given, or bare when the folder is ".". */
    private static String displayPath(Path folder, boolean here, Path relative) {
        return (here ? relative : folder.resolve(relative)).toString().replace('\\', '/');
    }
}
