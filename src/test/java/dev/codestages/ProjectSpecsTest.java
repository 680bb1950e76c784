package dev.codestages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Linter;
import dev.codestages.lint.SpecFile;
import dev.codestages.report.TextReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests that the project's own buildspec.yml and appspec.yml are real and lint clean with our own linter. */
class ProjectSpecsTest {

    @Test
    void ownBuildspecAndAppspecLintClean() throws IOException {
        LintReport report = new Linter().lint(List.of(SpecFile.of(Path.of("buildspec.yml")),
                SpecFile.of(Path.of("appspec.yml"))));
        assertThat(report.files()).extracting(f -> f.kind()).containsExactly(FileKind.BUILDSPEC, FileKind.APPSPEC);
        assertThat(report.findings()).extracting(TextReport::line).isEmpty();
    }
}
