package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that {@code lint} keeps memory flat in the number of files: 10,000 files, a fifth of them with
 * findings, linted in a JVM of its own whose heap is smaller than the list of files and findings took
 * when the whole report was built before it was written (that needed 16 MB for the text format and
 * 32 MB for JSON; bench/lint-memory.sh).
 */
class LintMemoryTest {

    private static final int FILES = 10_000;
    private static final String HEAP = "-Xmx8m";

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void tenThousandFilesAreLintedToJsonWithAnEightMegabyteHeap() throws Exception {
        for (int i = 0; i < FILES; i++) {
            Path folder = Files.createDirectories(temp.resolve("tree/g" + i / 1000 + "/s" + i / 10 % 100));
            Files.writeString(folder.resolve("buildspec-" + i % 10 + ".yml"), i % 5 == 0
                    ? "version: 0.2\nphases:\n  biuld:\n    commands: [make]\n"
                    : "version: 0.2\nphases:\n  build:\n    commands: [make]\n");
        }
        Path report = temp.resolve("report.json");
        Process cli = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Codestages.class.getName(),
                "lint", "--no-config", "--format", "json", "-o", report.toString(), temp.resolve("tree").toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(temp.resolve("err.txt").toFile())
                .redirectInput(new File("/dev/null")).start();

        assertThat(cli.waitFor()).isEqualTo(1);
        assertThat(temp.resolve("err.txt")).isEmptyFile();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.at("/summary/files").asInt()).isEqualTo(FILES);
        assertThat(json.at("/files").size()).isEqualTo(FILES);
        assertThat(json.at("/findings").size()).isEqualTo(FILES / 5);
        assertThat(json.at("/findings/0/file").asText()).isEqualTo(temp.resolve("tree/g0/s0/buildspec-0.yml").toString());
    }
}
