package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link LintReport}. */
class LintReportTest {

    private static Finding finding(String file, int line, String rule) {
        return new Finding(rule, Severity.ERROR, file, new Position(line, 1), "message " + rule, null);
    }

    @Test
    void findingsOfGivesExactlyOneFilesFindingsInOrder() {
        List<Finding> findings = List.of(finding("b/buildspec.yml", 9, "BS002"), finding("a/buildspec.yml", 3, "BS001"),
                finding("b/buildspec.yml", 2, "BS003"), finding("b/buildspec.yml.bak", 1, "BS004"),
                finding("b", 1, "BS005"), finding("c/appspec.yml", 4, "BS006"));
        LintReport report = new LintReport(List.of(), findings);

        assertThat(report.findingsOf("b/buildspec.yml")).extracting(Finding::rule).containsExactly("BS003", "BS002");
        assertThat(report.findingsOf("a/buildspec.yml")).extracting(Finding::rule).containsExactly("BS001");
        assertThat(report.findingsOf("c/appspec.yml")).extracting(Finding::rule).containsExactly("BS006");
        assertThat(report.findingsOf("b")).extracting(Finding::rule).containsExactly("BS005");
        assertThat(report.findingsOf("b/buildspec")).isEmpty();
        assertThat(report.findingsOf("zzz")).isEmpty();
        assertThat(new LintReport(List.of(), List.of()).findingsOf("a")).isEmpty();
    }
}
