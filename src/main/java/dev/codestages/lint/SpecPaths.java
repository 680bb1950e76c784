package dev.codestages.lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The spec files a command line names: each file as given, and the spec files {@link SpecFinder} finds
 * in each folder, named for the report as the user named the folder. A file named twice (". buildspec.yml")
 * is linted once. The files are found as the linter asks for them ({@link #walk}), so a large tree is
 * never held as a list; only the files under paths that overlap (a folder and a file or folder in it)
 * are remembered, to lint each once.
 */
public final class SpecPaths {

    private SpecPaths() {
    }

    /**
     * The files to lint for the paths {@code given}, resolved against {@code workingDirectory}, in order;
     * with a {@code kind} ({@code --type}), every file is read as that kind and a folder yields every YAML
     * and JSON file in it. Every path is checked before the first file is found.
     *
     * @throws IOException when a path is missing, or not a regular file or folder
     */
    public static SpecSource walk(Path workingDirectory, List<Path> given, FileKind kind) throws IOException {
        List<Path> resolved = new ArrayList<>(given.size());
        for (Path named : given) {
            Path path = workingDirectory.resolve(named);
            if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
                if (Files.exists(path)) {
                    throw new IOException(named + ": not a regular file");
                } else if (Files.isSymbolicLink(path)) {
                    throw new IOException(named + ": a symbolic link to nothing, or a loop of links");
                }
                throw new NoSuchFileException(named.toString());
            }
            resolved.add(path);
        }
        return new Walk(given, resolved, kind);
    }

    /**
     * The files of the named paths, one at a time. A folder is done with ({@link #closed}, {@link #finished})
     * when the path being walked is done with it and no later path can give a file there.
     */
    private static final class Walk implements FolderAwareSource {

        private final List<Path> given;
        private final List<Path> resolved;
        /** The paths, absolute and normalized, to compare with the folders asked about. */
        private final List<Path> absolute;
        /** Per path: true when it is a folder, whose files lie anywhere below it. */
        private final boolean[] folders;
        private final FileKind kind;
        /** Per path: true when another path overlaps it, so its files go through {@link #seen}. */
        private final boolean[] overlaps;
        private final Set<Path> seen = new HashSet<>();
        private int index = -1;
        private SpecSource folder;
        private boolean here;

        Walk(List<Path> given, List<Path> resolved, FileKind kind) {
            this.given = given;
            this.resolved = resolved;
            this.kind = kind;
            this.overlaps = new boolean[given.size()];
            this.absolute = new ArrayList<>(given.size());
            this.folders = new boolean[given.size()];
            for (int i = 0; i < resolved.size(); i++) {
                absolute.add(resolved.get(i).toAbsolutePath().normalize());
                folders[i] = Files.isDirectory(resolved.get(i));
            }
            if (given.size() > 1) {
                for (int i = 0; i < absolute.size(); i++) {
                    for (int j = 0; j < absolute.size(); j++) {
                        if (i != j && (absolute.get(i).startsWith(absolute.get(j))
                                || absolute.get(j).startsWith(absolute.get(i)))) {
                            overlaps[i] = true;
                        }
                    }
                }
            }
        }

        @Override
        public SpecFile next() throws IOException {
            while (true) {
                if (folder != null) {
                    SpecFile found = folder.next();
                    if (found == null) {
                        folder = null;
                        continue;
                    }
                    String display = displayPath(given.get(index), here, resolved.get(index).relativize(found.path()));
                    if (firstTime(found.path())) {
                        return new SpecFile(found.path(), display, kind != null ? kind : found.forcedKind());
                    }
                    continue;
                }
                if (++index == given.size()) {
                    return null;
                }
                Path named = given.get(index);
                Path path = resolved.get(index);
                if (Files.isDirectory(path)) {
                    here = named.normalize().toString().isEmpty();
                    folder = SpecFinder.walk(path, kind != null);
                } else if (Files.isRegularFile(path) && firstTime(path)) {
                    return new SpecFile(path, named.toString(), kind);
                }
            }
        }

        @Override
        public boolean done(Path query, boolean below) {
            if (folder != null && !(below ? folder.finished(query) : folder.closed(query))) {
                return false;
            }
            for (int i = index + 1; i < absolute.size(); i++) {
                Path later = absolute.get(i);
                boolean mayGive = folders[i] ? query.startsWith(later) || below && later.startsWith(query)
                        : below ? later.startsWith(query) : query.equals(later.getParent());
                if (mayGive) {
                    return false;
                }
            }
            return true;
        }

        /** False for a file an earlier path already gave; only paths that overlap another are remembered. */
        private boolean firstTime(Path file) {
            return !overlaps[index] || seen.add(file.toAbsolutePath().normalize());
        }
    }

    /** A found file's path for the report: below the folder as given, or bare when the folder is ".". */
    private static String displayPath(Path named, boolean here, Path relative) {
        return (here ? relative : named.resolve(relative)).toString().replace('\\', '/');
    }
}
