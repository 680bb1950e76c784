package dev.codestages.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the class {@link TextReport}: what a terminal shows, and never what a spec file sends it. */
class TextReportTest {

    @Test
    void printsTerminalControlsFromSpecFilesAsEscapesNotAsCommands() throws IOException {
        String clipboard = "\u001b]52;c;ZWNobyBwd25lZA==\u0007";
        String file = "ci/\u001b[2Jbuild\u202espec.yml";
        LintReport report = new LintReport(List.of(new LintedFile(file, FileKind.BUILDSPEC)), List.of(
                new Finding("BS007", Severity.WARNING, file, new Position(3, 5),
                        "unknown key '" + clipboard + "' in 'phases'", "did you mean '\u009b31m'?")));
        StringBuilder out = new StringBuilder();
        new TextReport(false).write(report, out);
        assertThat(out.toString())
                .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e").doesNotContain("\u009b")
                .contains("ci/\\u001b[2Jbuild\\u202espec.yml (buildspec)")
                .contains("ci/\\u001b[2Jbuild\\u202espec.yml:3:5: warning [BS007] unknown key"
                        + " '\\u001b]52;c;ZWNobyBwd25lZA==\\u0007' in 'phases'")
                .contains("    hint: did you mean '\\u009b31m'?");
    }

    @Test
    void keepsPrintableTextAsItIsEmojiAndAccentsIncluded() throws IOException {
        String message = "unknown key 'caf\u00e9 \uD83D\uDE80' in 'phases'";
        LintReport report = new LintReport(List.of(new LintedFile("b.yml", FileKind.BUILDSPEC)),
                List.of(new Finding("BS007", Severity.WARNING, "b.yml", new Position(1, 1), message, null)));
        StringBuilder out = new StringBuilder();
        new TextReport(false).write(report, out);
        assertThat(out.toString()).contains("b.yml:1:1: warning [BS007] " + message + "\n");
    }
}
