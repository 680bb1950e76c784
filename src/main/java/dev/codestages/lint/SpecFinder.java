package dev.codestages.lint;

import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        List<Path> found = new ArrayList<>();
        Map<Path, FileKind> byContent = new HashMap<>();
        // The folder the user named is followed when it is a link; links below it are not.
        Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        Deque<IgnoreFile> ignores = new ArrayDeque<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                boolean below = !dir.equals(start) && name != null;
                if (below && (SKIPPED.contains(name.toString()) || ignored(dir, true))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                IgnoreFile ignore = IgnoreFile.of(dir);
                if (below && ignore != null && ignore.ignoresFolder()) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (ignore != null && !ignore.ignoresFolder()) {
                    ignores.push(ignore);
                    ignoreOwners.push(dir);
                }
                return FileVisitResult.CONTINUE;
            }

            private final Deque<Path> ignoreOwners = new ArrayDeque<>();

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (!ignoreOwners.isEmpty() && ignoreOwners.peek().equals(dir)) {
                    ignoreOwners.pop();
                    ignores.pop();
                }
                return FileVisitResult.CONTINUE;
            }

            private boolean ignored(Path path, boolean isFolder) {
                for (IgnoreFile ignore : ignores) {
                    if (ignore.ignores(path, isFolder)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile() || ignored(file, false)) {
                    return FileVisitResult.CONTINUE;
                }
                if (KindDetector.byName(file) != null || anyYaml && isYaml(file)) {
                    found.add(file);
                } else if (isYaml(file) && attrs.size() <= MAX_SCANNED_BYTES && !isTestData(folder.relativize(file))) {
                    FileKind kind = kindByContent(file);
                    if (kind != null) {
                        found.add(file);
                        byContent.put(file, kind);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        List<SpecFile> files = new ArrayList<>(found.size());
        boolean here = folder.normalize().toString().isEmpty() || folder.toString().equals(".");
        for (Path walked : found) {
            Path file = start == folder ? walked : folder.resolve(start.relativize(walked));
            String display = here ? folder.relativize(file).toString() : file.toString();
            files.add(new SpecFile(file, display.replace('\\', '/'), byContent.get(walked)));
        }
        return files;
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
