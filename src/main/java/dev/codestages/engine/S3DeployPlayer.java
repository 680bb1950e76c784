package dev.codestages.engine;

import dev.codestages.run.Trees;
import dev.codestages.run.ZipArchives;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Amazon S3 deploy action (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-S3Deploy.html)
 * into a local bucket folder, {@code <store>/s3/<BucketName>/}: with {@code Extract} true the input artifact's
 * files are extracted into it, under {@code ObjectKey} as a key prefix when one is given (the console's
 * "Deployment path"; the reference page leaves ObjectKey optional then); with {@code Extract} false the
 * artifact's zip is copied as the object {@code ObjectKey}, which is then required. {@code {datetime}} and
 * {@code {uuid}} in ObjectKey are replaced as the user guide says (UTC {@code YYYY-MM-DD_HH-MM-SS}, a random
 * UUID). Objects with the same key are replaced, others stay, as uploads to a bucket do. Nothing is written
 * outside the bucket folder: keys with {@code .} or {@code ..} segments are refused and no folder on the way
 * may be a symbolic link. KMSEncryptionKeyARN, CannedACL and CacheControl have no local meaning and are noted.
 */
final class S3DeployPlayer implements ActionPlayer {

    /** S3's bucket naming rules: 3 to 63 lowercase letters, digits, dots and hyphens, a letter or digit at each end. */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss")
            .withZone(ZoneOffset.UTC);

    @Override
    public ActionOutcome play(ActionRun run) throws IOException {
        Map<String, String> configuration = run.configuration();
        if (run.inputArtifacts().size() != 1) {
            return ActionOutcome.failed("ConfigurationError", "an S3 deploy action takes exactly one input artifact");
        }
        String bucket = configuration.getOrDefault("BucketName", "");
        if (!BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
            return ActionOutcome.failed("ConfigurationError", "BucketName '" + bucket + "' is not a bucket name (3 to 63"
                    + " lowercase letters, digits, '.' and '-')");
        }
        String extract = configuration.getOrDefault("Extract", "").toLowerCase(Locale.ROOT);
        if (!extract.equals("true") && !extract.equals("false")) {
            return ActionOutcome.failed("ConfigurationError", "Extract is required and must be true or false, not '"
                    + configuration.getOrDefault("Extract", "") + "'");
        }
        String key = objectKey(configuration.get("ObjectKey"));
        if (extract.equals("false") && key.isEmpty()) {
            return ActionOutcome.failed("ConfigurationError", "ObjectKey is required when Extract is false");
        }
        List<String> segments = segments(key);
        if (segments == null) {
            return ActionOutcome.failed("ConfigurationError", "ObjectKey '" + key + "' has an empty, '.' or '..' part:"
                    + " it cannot become a path inside the local bucket folder");
        }
        for (String unplayed : List.of("KMSEncryptionKeyARN", "CannedACL", "CacheControl")) {
            if (configuration.containsKey(unplayed)) {
                run.listener().note("", unplayed + " is not applied to the local bucket folder");
            }
        }
        Path bucketFolder = bucketFolder(run.store(), bucket);
        Path artifact = run.execution().artifacts().get(run.inputArtifacts().get(0));
        if (extract.equals("false")) {
            Path object = place(bucketFolder, segments);
            Files.copy(artifact, object, StandardCopyOption.REPLACE_EXISTING);
            run.listener().note("", "uploaded " + run.inputArtifacts().get(0) + " as s3://" + bucket + "/" + key
                    + " (" + object + ")");
            return ActionOutcome.succeeded(Map.of());
        }
        Path staging = Files.createDirectories(run.workDir()).resolve("extracted");
        Trees.delete(staging); // a retried action extracts afresh, never uploading what an earlier attempt left
        ZipArchives.unpack(artifact, staging);
        int[] count = {0};
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    List<String> path = new ArrayList<>(segments);
                    staging.relativize(file).forEach(part -> path.add(part.toString()));
                    Files.copy(file, place(bucketFolder, path), StandardCopyOption.REPLACE_EXISTING);
                    count[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        run.listener().note("", "extracted " + count[0] + " object(s) of " + run.inputArtifacts().get(0) + " into s3://"
                + bucket + "/" + key + " (" + bucketFolder.resolve(String.join("/", segments)) + ")");
        return ActionOutcome.succeeded(Map.of());
    }

    /** The key with {@code {datetime}} and {@code {uuid}} replaced; empty when none is given. */
    private static String objectKey(String configured) {
        if (configured == null) {
            return "";
        }
        return configured.replace("{datetime}", DATETIME.format(Instant.now()))
                .replace("{uuid}", UUID.randomUUID().toString());
    }

    /** The key's '/'-separated parts (none for an empty key); null when a part is empty, '.' or '..'. */
    private static List<String> segments(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : key.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.contains("\\")) {
                return null;
            }
            parts.add(part);
        }
        return parts;
    }

    /** {@code <store>/s3/<bucket>}, created; neither folder may be a symbolic link. */
    private static Path bucketFolder(Path store, String bucket) throws IOException {
        Path s3 = store.resolve("s3");
        for (Path folder : List.of(s3, s3.resolve(bucket))) {
            if (Files.isSymbolicLink(folder)) {
                throw new IOException(folder + " is a symbolic link; the local bucket is written only inside the store");
            }
            Files.createDirectories(folder);
        }
        return s3.resolve(bucket);
    }

    /**
     * The file for the object whose key parts are {@code parts}, its folders created; refused when a folder on
     * the way, or the object itself, is a symbolic link, so that nothing is written outside the bucket folder.
     */
    private static Path place(Path bucketFolder, List<String> parts) throws IOException {
        Path current = bucketFolder;
        for (int i = 0; i < parts.size(); i++) {
            current = current.resolve(parts.get(i));
            if (Files.isSymbolicLink(current)) {
                throw new IOException("s3 object " + String.join("/", parts) + ": " + current + " is a symbolic link;"
                        + " nothing is written through it");
            }
            if (i < parts.size() - 1 && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            }
        }
        if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("s3 object " + String.join("/", parts) + ": the local bucket has a folder of that"
                    + " name (an object key that is also a prefix cannot be a file here)");
        }
        return current;
    }
}
