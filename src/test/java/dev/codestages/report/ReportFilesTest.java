package dev.codestages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the class {@link ReportFiles}: what a user finds on disk after {@code --output}. */
class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void aReportFileGetsTheModeOfAnyNewFileUnderTheUmaskNotAPrivateOne() throws IOException {
        Path plain = dir.resolve("plain.txt");
        Files.write(plain, new byte[0]);
        Path report = dir.resolve("report.json");
        ReportFiles.writeAtomically(report, "{}\n");
        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.readString(report)).isEqualTo("{}\n");
    }

    @Test
    void textUtf8CannotHoldIsWrittenAsAQuestionMarkNotAFailure() throws IOException {
        Path report = dir.resolve("report.txt");
        ReportFiles.writeAtomically(report, "key '\uD800x' and caf\u00e9");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("key '?x' and caf\u00e9");
    }

    @Test
    void aFailureNamesNoTemporaryFileAndLeavesNoneBehind() throws IOException {
        Path report = dir.resolve("missing-folder/report.json");
        assertThatThrownBy(() -> ReportFiles.writeAtomically(report, "{}"))
                .isInstanceOf(IOException.class).hasMessage("no such folder");
        Files.createDirectories(dir.resolve("taken"));
        Path folderInTheWay = dir.resolve("taken");
        assertThatThrownBy(() -> ReportFiles.writeAtomically(folderInTheWay, "{}"))
                .isInstanceOf(IOException.class).message().doesNotContain(".tmp");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
