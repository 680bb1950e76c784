package dev.codestages.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The ETag S3 gives an object uploaded in one part: the MD5 of its bytes, in hex
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/API_Object.html, "ETag"). What the local artifact store
 * says where AWS's would give an ETag: an S3 source's output variable, a CodeDeploy revision's BUNDLE_ETAG.
 */
final class S3ETag {

    private S3ETag() {
    }

    static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("no MD5 on this JVM", e);
        }
    }
}
