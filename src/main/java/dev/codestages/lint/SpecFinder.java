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
import java.util.ArrayList;
import java.util.HashSet;
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
 */
public final class SpecFinder {

    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "node_modules", "target", "build",
            ".codestages", ".idea", ".gradle", "vendor", "__pycache__", ".venv", "venv", "dist", "cdk.out", ".aws-sam");

    /** Folders of test inputs, where pipeline definitions are fixtures, not the project's pipeline. */
    private static final Set<String> TEST_DATA = Set.of("testdata", "test-data", "fixtures", "__fixtures__");

    /** Larger files are not scanned for pipelines: CloudFormation itself takes templates of at most 1 MB. */
    static final long MAX_SCANNED_BYTES = 1024 * 1024;

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
        Set<Path> pipelines = new HashSet<>();
        // The folder the user named is followed when it is a link; links below it are not.
        Path start = Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path name = dir.getFileName();
                boolean skip = !dir.equals(start) && name != null && SKIPPED.contains(name.toString());
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                if (KindDetector.byName(file) != null || anyYaml && isYaml(file)) {
                    found.add(file);
                } else if (isYaml(file) && attrs.size() <= MAX_SCANNED_BYTES && !isTestData(folder.relativize(file))
                        && holdsPipeline(file)) {
                    found.add(file);
                    pipelines.add(file);
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
            files.add(new SpecFile(file, display.replace('\\', '/'), pipelines.contains(walked) ? FileKind.PIPELINE : null));
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
     * True when a file holds a pipeline definition. The text scan is cheap and rules out almost every
     * file; only a file with a marker is composed. One that cannot be composed counts when its marker
     * is unambiguous, so that its syntax error is reported rather than hidden.
     */
    static boolean holdsPipeline(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return false;
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // the markers are ASCII
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
