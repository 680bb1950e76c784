package dev.codestages.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A spec file's text for the few checks that look past the YAML tree (is this a template?), read only
 * when one of them asks, and never more than the loader's own size limit.
 */
final class SpecText {

    private static final int LIMIT = 4 * 1024 * 1024;

    private SpecText() {
    }

    static String of(byte[] content) {
        return new String(content, 0, Math.min(content.length, LIMIT), StandardCharsets.UTF_8);
    }

    /** The text of a file on disk; empty when it cannot be read (the loader has reported that already). */
    static String read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return of(in.readNBytes(LIMIT));
        } catch (IOException e) {
            return "";
        }
    }
}
