package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests where BS012 points: at the key that opens the section missing a key, whatever that key's name
 * holds (a report group named with dots once crashed the lookup of that key from its written path).
 */
class MissingRequiredKeyPositionTest {

    private static final String BUILDSPEC = """
            version: 0.2
            phases:
              build:
                commands:
                  - make
            reports:
              "r../../etc/passwd":
                commands:
                  - npm test
              plain:
                base-directory: out
            """;

    @Test
    void pointsAtTheKeyThatOpensTheSectionEvenWhenItsNameHoldsDots() {
        LintReport report = new Linter().lintBytes("buildspec.yml", BUILDSPEC.getBytes(StandardCharsets.UTF_8), null);
        List<Finding> missing = report.findings().stream().filter(f -> f.rule().equals("BS012")).toList();
        assertThat(missing).extracting(Finding::line, Finding::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, 3), org.assertj.core.groups.Tuple.tuple(10, 3));
    }
}
