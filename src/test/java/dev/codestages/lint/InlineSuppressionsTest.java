package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineSuppressionsTest {

    private static LintReport lint(String text) {
        return new Linter().lintBytes("buildspec.yml", text.getBytes(StandardCharsets.UTF_8), FileKind.BUILDSPEC);
    }

    private static List<String> shown(LintReport report) {
        return report.findings().stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column()).toList();
    }

    private static List<String> suppressed(LintReport report) {
        return report.suppressed().stream().map(f -> f.rule() + "@" + f.line()).toList();
    }

    private static final String BAD = """
            version: 0.2
            phases:
              prebuild:
                commands:
                  - make
              build:
                comands:
                  - make
            """;

    @Test
    void withoutCommentsBothFindingsAreShown() {
        assertThat(shown(lint(BAD))).containsExactly("BS006@3:3", "BS007@7:5");
    }

    @Test
    void disableLineSuppressesTheIdsOnItsOwnLineOnly() {
        LintReport report = lint(BAD.replace("  prebuild:", "  prebuild: # codestages-disable-line BS007,BS006"));

        assertThat(shown(report)).containsExactly("YAML012@3:13", "BS007@7:5");
        assertThat(suppressed(report)).containsExactly("BS006@3");
        assertThat(report.findings().get(0).message()).isEqualTo("the suppression of BS007 suppresses nothing");
    }

    @Test
    void disableNextLineSuppressesTheLineAfterIt() {
        LintReport report = lint(BAD.replace("    comands:", "    # codestages-disable-next-line BS007 -- old runner\n    comands:"));

        assertThat(shown(report)).containsExactly("BS006@3:3");
        assertThat(suppressed(report)).containsExactly("BS007@8");
    }

    @Test
    void disableWithoutIdsSuppressesEveryRuleToTheEndOfTheFile() {
        LintReport report = lint(BAD.replace("  build:", "  # codestages-disable\n  build:"));

        assertThat(shown(report)).containsExactly("BS006@3:3");
        assertThat(suppressed(report)).containsExactly("BS007@8");
    }

    @Test
    void anIdNoRuleHasIsReportedAsSuch() {
        LintReport report = lint(BAD.replace("      - make\n  build", "      - make # codestages-disable-line BS999\n  build"));

        assertThat(report.findings()).extracting(Finding::message)
                .contains("the suppression names no rule: 'BS999'");
    }

    @Test
    void aHashInsideAWordIsNotACommentButOneAfterASpaceIs() {
        assertThat(InlineSuppressions.scan("url: http://x/a#codestages-disable\n")).isNull();

        LintReport report = lint(BAD.replace("  prebuild:", "  prebuild: #codestages-disable-line"));
        assertThat(suppressed(report)).containsExactly("BS006@3");
    }
}
