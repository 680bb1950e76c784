package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests that {@link Linter} gives the same report on many threads as file by file, and fails the same way. */
class ParallelLintTest {

    @Test
    void manyFilesGiveTheSameReportAsOneAtATime(@TempDir Path temp) throws IOException {
        List<SpecFile> files = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Path file = temp.resolve(String.format("buildspec-%02d.yml", i));
            Files.writeString(file, i % 3 == 0 ? "version: 0.2\nphases:\n  prebuild:\n    commands: [make]\n"
                    : i % 3 == 1 ? "version: 1.0\nphases:\n  build:\n    comands: [make]\n"
                    : "version: 0.2\nphases:\n  build:\n    commands:\n      - echo a: b\n");
            files.add(SpecFile.of(file));
        }
        LintReport together = new Linter().lint(files);
        List<Finding> oneByOne = new ArrayList<>();
        List<LintedFile> linted = new ArrayList<>();
        for (SpecFile file : files) {
            LintReport single = new Linter().lint(List.of(file));
            oneByOne.addAll(single.findings());
            linted.addAll(single.files());
        }
        assertThat(together.files()).isEqualTo(linted);
        assertThat(together.findings()).isEqualTo(new LintReport(linted, oneByOne).findings()).hasSize(80);
    }

    @Test
    void anUnreadableFileFailsTheRunAsItWouldAlone(@TempDir Path temp) throws IOException {
        List<SpecFile> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Path file = temp.resolve("buildspec-" + i + ".yml");
            if (i != 17) {
                Files.writeString(file, "version: 0.2\nphases:\n  build:\n    commands: [make]\n");
            }
            files.add(SpecFile.of(file));
        }
        assertThatThrownBy(() -> new Linter().lint(files)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("buildspec-17.yml");
    }
}
