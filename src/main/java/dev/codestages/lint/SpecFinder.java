package dev.codestages.lint;

import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Finds the spec files under a folder: by name, as CodeBuild and CodeDeploy would look for them
 * ({@code buildspec*.yml|yaml} and {@code appspec.yml|yaml|json}), and pipeline definitions by content,
 * since they have no fixed name: a {@code .json}, {@code .yml} or {@code .yaml} file of at most
 * {@value #MAX_SCANNED_BYTES} bytes is first scanned as text for a pipeline marker and only then composed
 * and asked {@link KindDetector#byContent}; everything else (a CloudFormation template without a pipeline,
 * a package.json) is skipped silently, and so are test inputs ({@link #isTestData}). Skips version-control,
 * dependency and build-output folders and does
 * not follow links, so a folder link cannot lead it outside the tree.
 * A buildspec is found by content too, whatever its name ({@code ci/build.yml}): a YAML file with both
 * {@code version} and {@code phases} at its top level, as CodeBuild takes any file named as the project's
 * buildspec.
 * A folder below the one given that holds an empty file named {@value #IGNORE_MARKER} is skipped too (the
 * deliberately broken specs of a test suite, say); the folder given itself is always searched. One with
 * patterns in it skips the paths they match instead ({@link IgnoreFile}).
 */
public final class SpecFinder {

    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "node_modules", "target", "build",
            ".codestages", ".idea", ".gradle", "vendor", "__pycache__", ".venv", "venv", "dist", "cdk.out", ".aws-sam");

    /** Folders of test inputs, where pipeline definitions are fixtures, not the project's pipeline. */
    private static final Set<String> TEST_DATA = Set.of("testdata", "test-data", "fixtures", "__fixtures__");

    /** Larger files are not scanned for pipelines: CloudFormation itself takes templates of at most 1 MB. */
    static final long MAX_SCANNED_BYTES = 1024 * 1024;

    /** A file that marks a folder, and everything under it, as not to be searched. */
    public static final String IGNORE_MARKER = ".codestages-ignore";

    private SpecFinder() {
    }

    /**
     * The spec files under {@code folder}, sorted by path. Each display path is {@code folder} joined
     * with the path found under it (without a leading {@code ./} when the folder is {@code .}).
     */
    public static List<SpecFile> find(Path folder) throws IOException {
        return find(folder, false);
    }

    /**
     * As {@link #find(Path)}; with {@code anyYaml}, every {@code .yml}, {@code .yaml} and {@code .json}
     * file counts, whatever its name (for {@code --type}, which says what the files are).
     */
    public static List<SpecFile> find(Path folder, boolean anyYaml) throws IOException {
        List<SpecFile> files = new ArrayList<>();
        SpecSource walk = walk(folder, anyYaml);
        for (SpecFile file = walk.next(); file != null; file = walk.next()) {
            files.add(file);
        }
        return files;
    }

    /**
     * The spec files under {@code folder} as {@link #find(Path, boolean)} finds them and in the same order,
     * one at a time: a folder is listed when the walk comes to it, so memory holds the folders on the way
     * down, never the whole tree.
     */
    public static SpecSource walk(Path folder, boolean anyYaml) {
        return new Walk(folder, anyYaml);
    }

    /**
     * A depth-first walk that lists each folder sorted as the paths below it sort ({@link Path#compareTo}:
     * a folder's name counts as if followed by '/'), so that files come in the order of their paths. Its
     * stack of listings, one per folder on the way down, says which folders it is done with: a folder on
     * the stack is closed when none of its remaining entries is a file the walk could give, a folder
     * sorted before the walk's position is finished, one after it is not.
     */
    private static final class Walk implements FolderAwareSource {

        private final Path folder;
        private final Path start;
        private final boolean anyYaml;
        private final boolean here;
        /** The folder as given, absolute and normalized: the files' paths lie below it. */
        private final Path base;
        private final Deque<IgnoreFile> ignores = new ArrayDeque<>();
        /** The folders on the way down, the walk's root first. */
        private final List<Listing> listings = new ArrayList<>();
        private boolean started;

        Walk(Path folder, boolean anyYaml) {
            this.folder = folder;
            this.anyYaml = anyYaml;
            // The folder the user named is followed when it is a link; links below it are not.
            Path real = folder;
            if (Files.isSymbolicLink(folder)) {
                try {
                    real = folder.toRealPath();
                } catch (IOException e) {
                    real = folder; // a dangling link: listing it fails, and the walk finds nothing
                }
            }
            this.start = real;
            this.here = folder.normalize().toString().isEmpty() || folder.toString().equals(".");
            this.base = folder.toAbsolutePath().normalize();
        }

        @Override
        public SpecFile next() {
            if (!started) {
                started = true;
                enter(start, false);
            }
            while (!listings.isEmpty()) {
                Listing listing = listings.get(listings.size() - 1);
                if (listing.next == listing.entries.size()) {
                    listings.remove(listings.size() - 1);
                    if (listing.ownsIgnore) {
                        ignores.pop();
                    }
                    continue;
                }
                Entry entry = listing.entries.get(listing.next++);
                if (entry.folder) {
                    Path name = entry.path.getFileName();
                    if (!SKIPPED.contains(name.toString()) && !ignored(entry.path, true)) {
                        enter(entry.path, true);
                    }
                } else {
                    SpecFile found = visit(entry);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        private void enter(Path dir, boolean below) {
            IgnoreFile ignore = IgnoreFile.of(dir);
            if (below && ignore != null && ignore.ignoresFolder()) {
                return;
            }
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path path : stream) {
                    BasicFileAttributes attrs;
                    try {
                        attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    } catch (IOException e) {
                        continue;
                    }
                    if (attrs.isDirectory() || attrs.isRegularFile()) {
                        entries.add(new Entry(path, attrs.isDirectory(), attrs.size()));
                    }
                }
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                return; // a folder that cannot be listed is passed by, as the tree walk did
            }
            entries.sort(null);
            boolean owns = ignore != null && !ignore.ignoresFolder();
            if (owns) {
                ignores.push(ignore);
            }
            listings.add(new Listing(dir.getFileName() == null ? "" : dir.getFileName().toString(), entries, owns));
        }

        /**
         * Follows the stack from the walk's root down along {@code query}: a folder the stack leaves sorts
         * either before the walk's position (passed, or never listed: done) or after it (to come).
         */
        @Override
        public boolean done(Path query, boolean below) {
            if (!query.startsWith(base)) {
                // every file lies below the walk's folder: only a folder above it may still get one
                return !(below && base.startsWith(query)) || started && listings.isEmpty();
            }
            if (!started) {
                return false;
            }
            if (listings.isEmpty()) {
                return true;
            }
            int depth = query.getNameCount() - base.getNameCount();
            for (int d = 0; d < depth; d++) {
                String name = query.getName(base.getNameCount() + d).toString();
                if (d + 1 < listings.size() && listings.get(d + 1).name.equals(name)) {
                    continue;
                }
                Listing at = listings.get(d);
                int index = at.folderIndex(name);
                return index < 0 || index < at.next;
            }
            if (!below) {
                return listings.get(depth).passedFiles();
            }
            for (int d = depth; d < listings.size(); d++) {
                if (!listings.get(d).passedAll()) {
                    return false;
                }
            }
            return true;
        }

        private boolean ignored(Path path, boolean isFolder) {
            for (IgnoreFile ignore : ignores) {
                if (ignore.ignores(path, isFolder)) {
                    return true;
                }
            }
            return false;
        }

        private SpecFile visit(Entry entry) {
            Path walked = entry.path;
            if (ignored(walked, false)) {
                return null;
            }
            FileKind byContent = null;
            if (KindDetector.byFileName(entry.key) == null && !(anyYaml && isYaml(walked))) {
                if (!isYaml(walked) || entry.size > MAX_SCANNED_BYTES || isTestData(folder.relativize(walked))) {
                    return null;
                }
                byContent = kindByContent(walked);
                if (byContent == null) {
                    return null;
                }
            }
            Path file = start == folder ? walked : folder.resolve(start.relativize(walked));
            String display = here ? folder.relativize(file).toString() : file.toString();
            return new SpecFile(file, display.replace('\\', '/'), byContent);
        }
    }

    /** The entries of one folder, and how far the walk has come through them. */
    private static final class Listing {
        private final String name;
        private final List<Entry> entries;
        private final boolean ownsIgnore;
        private int next;
        /** The index of the last file the walk could give and of the last folder it could enter; found when asked. */
        private int lastFile = -2;
        private int lastFolder = -2;

        Listing(String name, List<Entry> entries, boolean ownsIgnore) {
            this.name = name;
            this.entries = entries;
            this.ownsIgnore = ownsIgnore;
        }

        /** The index of the sub-folder {@code name} among the entries, or a negative number when there is none. */
        int folderIndex(String folderName) {
            return Collections.binarySearch(entries, new Entry(Path.of(folderName), true, 0));
        }

        /** True when no remaining entry is a file the walk could give (only YAML and JSON files can be). */
        boolean passedFiles() {
            findLast();
            return next > lastFile;
        }

        /** True when no remaining entry is a file the walk could give or a folder it could enter. */
        boolean passedAll() {
            findLast();
            return next > lastFile && next > lastFolder;
        }

        private void findLast() {
            if (lastFile != -2) {
                return;
            }
            lastFile = -1;
            lastFolder = -1;
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (entry.folder && !SKIPPED.contains(entry.path.getFileName().toString())) {
                    lastFolder = i;
                } else if (!entry.folder && (isYaml(entry.path) || KindDetector.byFileName(entry.key) != null)) {
                    lastFile = i;
                }
            }
        }
    }

    /** A file or folder in a listing, sorted by its name as its paths sort (a folder's with '/' after it). */
    private static final class Entry implements Comparable<Entry> {
        private final Path path;
        private final boolean folder;
        private final long size;
        private final String key;
        /** True when the name has no surrogate: then UTF-16 order is code point order. */
        private final boolean basic;

        Entry(Path path, boolean folder, long size) {
            this.path = path;
            this.folder = folder;
            this.size = size;
            this.key = folder ? path.getFileName() + "/" : path.getFileName().toString();
            boolean surrogate = false;
            for (int i = 0; i < key.length() && !surrogate; i++) {
                surrogate = Character.isSurrogate(key.charAt(i));
            }
            this.basic = !surrogate;
        }

        /** By code point, as {@link Path#compareTo} orders the UTF-8 bytes of a name. */
        @Override
        public int compareTo(Entry other) {
            if (basic && other.basic) {
                return key.compareTo(other.key); // the JDK's compiled comparison: a sixth of a cold walk's time
            }
            int i = 0;
            int j = 0;
            while (i < key.length() && j < other.key.length()) {
                int a = key.codePointAt(i);
                int b = other.key.codePointAt(j);
                if (a != b) {
                    return Integer.compare(a, b);
                }
                i += Character.charCount(a);
                j += Character.charCount(b);
            }
            return Integer.compare(key.length() - i, other.key.length() - j);
        }
    }

    /**
     * True for a file in a test-data tree ({@code src/test/...}, {@code testdata}, {@code fixtures}): a
     * pipeline there is a test input, not the project's pipeline, so content discovery passes it by (a
     * file named on the command line is still read).
     */
    static boolean isTestData(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (TEST_DATA.contains(name) || name.equals("src") && i + 1 < relative.getNameCount() - 1
                    && relative.getName(i + 1).toString().equals("test")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of spec a file holds by its content: a buildspec (top-level {@code version} and
     * {@code phases}) or a pipeline ({@link #holdsPipeline}); null for neither.
     */
    static FileKind kindByContent(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // the markers are ASCII
        if (text.contains("phases") && text.contains("version")) {
            YamlMapping root = new YamlLoader().load(bytes).rootMapping();
            if (root != null && root.has("phases") && root.has("version")) {
                return FileKind.BUILDSPEC;
            }
        }
        return holdsPipeline(bytes, text) ? FileKind.PIPELINE : null;
    }

    /**
     * True when a file holds a pipeline definition. The text scan is cheap and rules out almost every
     * file; only a file with a marker is composed. One that cannot be composed counts when its marker
     * is unambiguous, so that its syntax error is reported rather than hidden.
     */
    static boolean holdsPipeline(byte[] bytes, String text) {
        boolean template = text.contains(KindDetector.PIPELINE_RESOURCE);
        boolean structure = text.contains("actionTypeId")
                || text.contains("stages") && (text.contains("roleArn") || text.contains("artifactStore"));
        if (!template && !structure) {
            return false;
        }
        YamlMapping root = new YamlLoader().load(bytes).rootMapping();
        return root == null ? template || text.contains("actionTypeId")
                : KindDetector.byContent(root) == FileKind.PIPELINE;
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json");
    }
}
