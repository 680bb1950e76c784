package dev.codestages.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The commented {@code .codestages.yml} that {@code codestages init} writes, kept as a resource beside this class. */
public final class ConfigExample {

    private ConfigExample() {
    }

    public static String text() {
        try (InputStream in = ConfigExample.class.getResourceAsStream("example.codestages.yml")) {
            if (in == null) {
                throw new IllegalStateException("example.codestages.yml is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
