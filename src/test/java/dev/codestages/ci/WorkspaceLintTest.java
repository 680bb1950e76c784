package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.lint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link WorkspaceLint} and {@link LintOutcome}: lint inside a workspace, log lines, summary, SARIF file. */
class WorkspaceLintTest {

    private static final String WARNING_ONLY = """
            version: 0.2
            phases:
              build:
                comands:
                  - make
                commands:
                  - make
            """;

    private static final String ERROR_AND_WARNING = """
            version: 0.2
            phases:
              prebuild:
                commands:
                  - npm ci
              build:
                comands:
                  - make
                commands:
                  - make
            """;

    private static final String CLEAN = """
            version: 0.2
            phases:
              build:
                commands:
                  - make
            """;

    @TempDir
    Path workspace;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(workspace.resolve("ci"));
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(workspace.resolve(path), text);
    }

    @Test
    void findingsAtOrAboveFailOnFailAndAreLoggedInTheTextFormat() throws IOException {
        write("buildspec.yml", ERROR_AND_WARNING);
        LintOutcome outcome = WorkspaceLint.lint(workspace, "buildspec.yml", Severity.ERROR, null);
        assertThat(outcome.verdict()).isEqualTo(LintVerdict.FAILED);
        assertThat(outcome.logLines()).contains(
                "buildspec.yml:3:3: error [BS006] unknown phase 'prebuild'; CodeBuild expects install, pre_build,"
                        + " build, post_build",
                "    hint: did you mean 'pre_build'?",
                "buildspec.yml:7:5: warning [BS007] unknown key 'comands' in 'phases.build'; CodeBuild ignores it");
        assertThat(outcome.logLines()).last().isEqualTo("1 file checked: 1 error, 1 warning, 0 info");
        assertThat(outcome.summary()).containsExactly(
                org.assertj.core.api.Assertions.entry("errors", 1),
                org.assertj.core.api.Assertions.entry("warnings", 1),
                org.assertj.core.api.Assertions.entry("infos", 0),
                org.assertj.core.api.Assertions.entry("files", 1));
        assertThat(outcome.message()).isEqualTo("1 file checked: 1 error, 1 warning, 0 info;"
                + " findings at or above failOn 'error'");
    }

    @Test
    void warningsBelowFailOnMakeTheBuildUnstable() throws IOException {
        write("ci/buildspec.yml", WARNING_ONLY);
        LintOutcome outcome = WorkspaceLint.lint(workspace, "ci", Severity.ERROR, null);
        assertThat(outcome.verdict()).isEqualTo(LintVerdict.UNSTABLE);
        assertThat(outcome.report().files()).extracting(f -> f.path()).containsExactly("ci/buildspec.yml");
        assertThat(outcome.message()).endsWith("; below failOn 'error', so the build is unstable");
    }

    @Test
    void aCleanFilePasses() throws IOException {
        write("buildspec.yml", CLEAN);
        LintOutcome outcome = WorkspaceLint.lint(workspace, "buildspec.yml", null, null);
        assertThat(outcome.verdict()).isEqualTo(LintVerdict.PASSED);
        assertThat(outcome.logLines()).containsExactly("1 file checked, no problems found");
        assertThat(outcome.message()).isEqualTo("1 file checked: 0 errors, 0 warnings, 0 info");
    }

    @Test
    void writesTheSarifFileInsideTheWorkspaceMakingItsFolder() throws IOException {
        write("buildspec.yml", ERROR_AND_WARNING);
        LintOutcome outcome = WorkspaceLint.lint(workspace, ".", Severity.ERROR, "reports/codestages.sarif");
        assertThat(outcome.sarif()).isEqualTo("reports/codestages.sarif");
        assertThat(outcome.logLines()).last().isEqualTo("SARIF report written to reports/codestages.sarif");
        assertThat(workspace.resolve("reports/codestages.sarif")).content().contains("BS006", "BS007");
        assertThat(Files.list(workspace.resolve("reports"))).hasSize(1);
    }

    @Test
    void aSarifPathOutsideTheWorkspaceIsRefusedBeforeLinting() throws IOException {
        write("buildspec.yml", CLEAN);
        assertThatThrownBy(() -> WorkspaceLint.lint(workspace, ".", Severity.ERROR, "../out.sarif"))
                .hasMessageContaining("'..'");
        assertThatThrownBy(() -> WorkspaceLint.lint(workspace, ".", Severity.ERROR, "ci"))
                .hasMessage("sarif 'ci' is a folder; name a file");
        assertThat(workspace.resolveSibling("out.sarif")).doesNotExist();
    }

    @Test
    void aFolderWithoutSpecsIsAnError() {
        assertThatThrownBy(() -> WorkspaceLint.lint(workspace, "ci", Severity.ERROR, null))
                .hasMessage("no buildspec, appspec or pipeline file found in 'ci'");
    }
}
