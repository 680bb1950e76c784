package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link LintVerdict}: the failOn values and the verdict for each mix of findings. */
class LintVerdictTest {

    private static LintReport report(String severities) {
        List<Finding> findings = Arrays.stream(severities.split(" ")).filter(s -> !s.isEmpty())
                .map(s -> new Finding("BS001", Severity.valueOf(s.toUpperCase()), "buildspec.yml", new Position(1, 1),
                        "m", null))
                .toList();
        return new LintReport(List.of(), findings);
    }

    @ParameterizedTest
    @CsvSource({
        "error,   '',                  PASSED",
        "error,   info,                PASSED",
        "error,   warning info,        UNSTABLE",
        "error,   error warning,       FAILED",
        "warning, warning,             FAILED",
        "warning, info,                PASSED",
        "info,    info,                FAILED",
        "never,   error,               UNSTABLE",
        "never,   info,                PASSED",
        "ERROR,   error,               FAILED",
    })
    void decidesByTheThreshold(String failOn, String severities, LintVerdict expected) {
        assertThat(LintVerdict.of(report(severities), LintVerdict.threshold(failOn))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"fatal", "errors", "''"})
    void refusesUnknownThresholds(String failOn) {
        assertThatThrownBy(() -> LintVerdict.threshold(failOn)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failOn must be error, warning, info or never, not '" + failOn + "'");
    }

    @Test
    void everyValueAFormOffersIsAThresholdAndNullIsRefusedClearly() {
        assertThat(LintVerdict.FAIL_ON_VALUES).containsExactly("error", "warning", "info", "never");
        assertThat(LintVerdict.FAIL_ON_VALUES.stream().map(LintVerdict::threshold).toList())
                .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO, null);
        assertThatThrownBy(() -> LintVerdict.threshold(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("failOn must be error, warning, info or never, not 'null'");
    }
}
