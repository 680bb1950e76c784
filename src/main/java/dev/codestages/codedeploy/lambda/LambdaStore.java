package dev.codestages.codedeploy.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The local function store, {@code .codestages/lambda/<function>/}: {@code latest.properties} ($LATEST),
 * {@code versions/<n>.properties} (published, immutable), {@code aliases/<alias>.properties}, and
 * {@code code/<sha256>/} (code folders of handler versions). It behaves as the Lambda API does: PublishVersion
 * numbers versions 1, 2, ... and returns the last version instead of a new one when the code has not changed
 * since (https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html); an alias points to a version
 * and may give one additional published version a weight (CreateAlias/UpdateAlias, RoutingConfig).
 * Names are checked by {@link LambdaNames} before they become paths; every write is atomic ({@link StoreFiles}).
 */
public final class LambdaStore {

    private static final String COMMAND = "Command";
    private static final String HANDLER = "Handler";
    private static final String CODE_SHA = "CodeSha256";
    private static final String FUNCTION_VERSION = "FunctionVersion";
    private static final String ADDITIONAL_VERSION = "AdditionalVersion";
    private static final String ADDITIONAL_WEIGHT = "AdditionalVersionWeight";

    private final Path root;

    /** A store at {@code root}, normally {@code <project>/.codestages/lambda}. */
    public LambdaStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The store of a project's {@code .codestages} folder. */
    public static LambdaStore in(Path codestagesDir) {
        return new LambdaStore(codestagesDir.resolve("lambda"));
    }

    /** The folder the store keeps. */
    public Path root() {
        return root;
    }

    /** Sets $LATEST to run {@code command} and publishes it; the new version, or the last one when unchanged. */
    public PublishedVersion publishCommand(String function, String command) throws LambdaException, IOException {
        LambdaNames.function(function);
        if (command == null || command.isBlank()) {
            throw new LambdaException("the command of " + function + " is empty");
        }
        return publish(function, new FunctionCode(command, null, sha256(command.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * Copies {@code codeDir} into the store, sets $LATEST to run {@code handler} in it and publishes it; the
     * new version, or the last one when neither code nor handler changed.
     */
    public PublishedVersion publishCode(String function, Path codeDir, String handler) throws LambdaException, IOException {
        LambdaNames.function(function);
        if (handler == null || !handler.matches("[^./\\s][^/\\s]*\\.[A-Za-z_$][\\w$]*")) {
            throw new LambdaException("the handler '" + handler + "' is not MODULE.FUNCTION (as app.handler)");
        }
        if (!Files.isDirectory(codeDir)) {
            throw new LambdaException("the code folder " + codeDir + " is not a folder");
        }
        List<Path> files = codeFiles(codeDir);
        String sha = codeSha256(codeDir, files);
        Path functionDir = functionDir(function);
        Path codeStore = StoreFiles.directory(root, functionDir.resolve("code"));
        Path target = codeStore.resolve(sha);
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Path temp = Files.createTempDirectory(codeStore, "." + sha);
            for (Path file : files) {
                Path copy = temp.resolve(codeDir.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException
                     | java.nio.file.DirectoryNotEmptyException e) {
                deleteTree(temp); // another publish of the same code got there first: same content
            }
        }
        return publish(function, new FunctionCode(null, handler, sha));
    }

    /** The folder with a handler version's code. */
    public Path codeFolder(PublishedVersion version) {
        return root.resolve(version.function()).resolve("code").resolve(version.code().codeSha256());
    }

    /** One version of {@code function}: {@code $LATEST} or a published number. */
    public PublishedVersion version(String function, String version) throws LambdaException, IOException {
        LambdaNames.function(function);
        LambdaNames.version(version);
        if (!LambdaNames.LATEST.equals(version) && !version.matches("[1-9][0-9]{0,17}")) {
            throw notFound(function, version); // 0, 007 or a number beyond any count: never published
        }
        Path file = LambdaNames.LATEST.equals(version) ? functionDir(function).resolve("latest.properties")
                : functionDir(function).resolve("versions").resolve(version + ".properties");
        Map<String, String> values = StoreFiles.read(file);
        if (values == null) {
            throw notFound(function, version);
        }
        return new PublishedVersion(function, version,
                new FunctionCode(values.get(COMMAND), values.get(HANDLER), values.get(CODE_SHA)));
    }

    /** The published version numbers of {@code function}, in order. */
    public List<Long> versions(String function) throws LambdaException, IOException {
        Path dir = functionDir(LambdaNames.function(function)).resolve("versions");
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("[0-9]+\\.properties"))
                    .map(n -> Long.parseLong(n.substring(0, n.indexOf('.')))).sorted().toList();
        }
    }

    /** The alias {@code name} of {@code function}. */
    public AliasRouting alias(String function, String name) throws LambdaException, IOException {
        LambdaNames.function(function);
        LambdaNames.alias(name);
        Map<String, String> values = StoreFiles.read(functionDir(function).resolve("aliases").resolve(name + ".properties"));
        if (values == null) {
            throw notFound(function, name);
        }
        String additional = values.get(ADDITIONAL_VERSION);
        try {
            return new AliasRouting(function, name, values.get(FUNCTION_VERSION), additional,
                    additional == null ? 0.0 : Double.parseDouble(values.get(ADDITIONAL_WEIGHT)));
        } catch (NumberFormatException | NullPointerException e) {
            throw new LambdaException("the alias " + function + ":" + name + " in " + root
                    + " has no readable weight; set it again with 'codestages lambda alias'");
        }
    }

    /** Creates or moves an alias to {@code version}, with all its traffic. */
    public AliasRouting setAlias(String function, String name, String version) throws LambdaException, IOException {
        return setAlias(function, name, version, null, 0.0);
    }

    /**
     * Creates or moves an alias: {@code version} gets {@code 1 - weight} of the invocations and
     * {@code additionalVersion} (null for none) gets {@code weight}. Both versions must exist; the additional
     * one must be a published number other than {@code version}, its weight within [0.0, 1.0], as
     * AliasRoutingConfiguration's AdditionalVersionWeights requires.
     */
    public AliasRouting setAlias(String function, String name, String version, String additionalVersion,
                                 double weight) throws LambdaException, IOException {
        LambdaNames.function(function);
        LambdaNames.alias(name);
        version(function, version);
        Map<String, String> values = new LinkedHashMap<>();
        values.put(FUNCTION_VERSION, version);
        if (additionalVersion != null) {
            if (LambdaNames.LATEST.equals(additionalVersion) || LambdaNames.LATEST.equals(version)) {
                throw new LambdaException("an alias that routes to two versions needs two published versions,"
                        + " not $LATEST");
            }
            version(function, additionalVersion);
            if (additionalVersion.equals(version)) {
                throw new LambdaException("the additional version " + additionalVersion
                        + " is the alias's own version; give another one");
            }
            if (!(weight >= 0.0 && weight <= 1.0)) {
                throw new LambdaException("the weight " + weight + " of version " + additionalVersion
                        + " is outside 0.0 to 1.0 (a weight is a share of the invocations, 0.1 for 10%)");
            }
            values.put(ADDITIONAL_VERSION, additionalVersion);
            values.put(ADDITIONAL_WEIGHT, Double.toString(weight));
        }
        Path aliases = StoreFiles.directory(root, functionDir(function).resolve("aliases"));
        StoreFiles.replace(aliases.resolve(name + ".properties"), values);
        return alias(function, name);
    }

    private PublishedVersion publish(String function, FunctionCode code) throws LambdaException, IOException {
        Path functionDir = StoreFiles.directory(root, functionDir(function));
        Map<String, String> values = new LinkedHashMap<>();
        if (code.isCommand()) {
            values.put(COMMAND, code.command());
        } else {
            values.put(HANDLER, code.handler());
        }
        values.put(CODE_SHA, code.codeSha256());
        StoreFiles.replace(functionDir.resolve("latest.properties"), values);
        Path versions = StoreFiles.directory(root, functionDir.resolve("versions"));
        while (true) {
            List<Long> published = versions(function);
            long last = published.isEmpty() ? 0 : published.get(published.size() - 1);
            if (last > 0 && version(function, Long.toString(last)).code().equals(code)) {
                return new PublishedVersion(function, Long.toString(last), code);
            }
            if (StoreFiles.create(versions.resolve((last + 1) + ".properties"), values)) {
                return new PublishedVersion(function, Long.toString(last + 1), code);
            }
            // a concurrent publish took that number: look again
        }
    }

    private Path functionDir(String function) {
        Path dir = root.resolve(function).normalize();
        if (!dir.getParent().equals(root)) {
            throw new IllegalStateException("function folder outside the store: " + function);
        }
        return dir;
    }

    private static LambdaException notFound(String function, String qualifier) {
        // Lambda's ResourceNotFoundException: "Function not found: <function ARN>:<qualifier>"
        return new LambdaException("Function not found: " + function + ":" + qualifier);
    }

    private static List<Path> codeFiles(Path codeDir) throws LambdaException, IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(codeDir)) {
            for (Path path : walk.sorted().toList()) {
                if (Files.isSymbolicLink(path)) {
                    throw new LambdaException("the code folder holds a symbolic link, " + codeDir.relativize(path)
                            + "; publish copies regular files only");
                }
                if (Files.isRegularFile(path)) {
                    files.add(path);
                }
            }
        }
        return files;
    }

    private static String codeSha256(Path codeDir, List<Path> files) throws IOException {
        MessageDigest digest = digest();
        for (Path file : files) {
            digest.update(codeDir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.readAllBytes(file));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
