package dev.codestages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.Linter;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecFinder;
import dev.codestages.report.TextReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that the project's own buildspec.yml and appspec.yml are real and lint clean with our own linter,
 * linted as {@code ./codestages lint .} does in the project root: together, so that the bundle checks
 * look at the hook scripts and at what the buildspec's artifact carries.
 */
class ProjectSpecsTest {

    @Test
    void ownBuildspecAndAppspecLintCleanTogetherWithTheirBundle() throws IOException {
        List<SpecFile> files = SpecFinder.find(Path.of("."));
        LintReport report = new Linter().lint(files);
        assertThat(report.files()).extracting(LintedFile::path, LintedFile::kind)
                .containsExactly(org.assertj.core.api.Assertions.tuple("appspec.yml", FileKind.APPSPEC),
                        org.assertj.core.api.Assertions.tuple("buildspec.yml", FileKind.BUILDSPEC),
                        // the sample app that 'codestages init' writes is a real pipeline too
                        org.assertj.core.api.Assertions.tuple("src/main/resources/dev/codestages/init/appspec.yml",
                                FileKind.APPSPEC),
                        org.assertj.core.api.Assertions.tuple("src/main/resources/dev/codestages/init/buildspec.yml",
                                FileKind.BUILDSPEC),
                        org.assertj.core.api.Assertions.tuple("src/main/resources/dev/codestages/init/pipeline.yml",
                                FileKind.PIPELINE));
        assertThat(report.findings()).extracting(TextReport::line).isEmpty();
    }

    @Test
    void theBundleChecksReallyLookAtTheProjectsHookScripts(@TempDir Path empty) throws IOException {
        SpecFile appspec = SpecFile.of(Path.of("appspec.yml"));
        List<Finding> findings = new Linter(new LintOptions(null, empty)).lint(List.of(appspec)).findings();
        assertThat(findings).extracting(Finding::rule)
                // five hook scripts missing; four files sources (target, codestages, appspec.yml, scripts) missing
                .containsExactlyInAnyOrder("BN010", "BN001", "BN001", "BN001", "BN001", "BN001", "BN007", "BN007",
                        "BN007", "BN007");
    }
}
