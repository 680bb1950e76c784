package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@code codestages} as its own JVM with a heap too small for its input: one line that says so and
 * exit code 2 (not 1, which reads as "findings"), never an OutOfMemoryError stack trace.
 */
class OutOfMemoryTest {

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void runningOutOfMemoryPrintsOneLineAndExitsWithTwo() throws Exception {
        StringBuilder yaml = new StringBuilder("version: 0.2\nphases:\n  build:\n    commands: [make]\n");
        for (int i = 0; i < 200_000; i++) {
            yaml.append('k').append(i).append(": 1\n");
        }
        Path file = Files.writeString(temp.resolve("buildspec.yml"), yaml, StandardCharsets.UTF_8);
        Process cli = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx8m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Codestages.class.getName(), "lint", file.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(temp.resolve("err.txt").toFile())
                .redirectInput(new File("/dev/null")).start();

        assertThat(cli.waitFor()).isEqualTo(2);
        assertThat(Files.readAllLines(temp.resolve("err.txt"))).singleElement().asString()
                .startsWith("codestages: out of memory (Java heap of ")
                .endsWith("give it more with CODESTAGES_JAVA_OPTS=-Xmx1g, or check fewer files at once");
    }
}
