package dev.codestages.report;

import static dev.codestages.report.SarifReportTest.file;
import static dev.codestages.report.SarifReportTest.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link GithubReport}: one workflow command per finding, escaped as the Actions runner reads it. */
class GithubReportTest {

    @Test
    void writesOneCommandPerFindingWithTheLevelOfItsSeverity() throws IOException {
        LintReport report = new LintReport(List.of(file("buildspec.yml"), file("ci/buildspec-test.yml")), List.of(
                finding("BS006", Severity.ERROR, "buildspec.yml", 3, 3, "did you mean 'pre_build'?"),
                finding("BS007", Severity.WARNING, "buildspec.yml", 7, 5, null),
                finding("BS014", Severity.INFO, "ci/buildspec-test.yml", 1, 10, null)));
        assertThat(write(report).lines().toList()).containsExactly(
                "::error file=buildspec.yml,line=3,col=3,title=[BS006] unknown phase name"
                        + "::message of BS006%0Ahint: did you mean 'pre_build'?",
                "::warning file=buildspec.yml,line=7,col=5,title=[BS007] unknown key::message of BS007",
                "::notice file=ci/buildspec-test.yml,line=1,col=10,"
                        + "title=[BS014] version 0.1 runs each command in its own shell::message of BS014");
    }

    @Test
    void escapesPercentAndLineBreaksInTheMessageAndAlsoColonAndCommaInProperties() throws IOException {
        Finding finding = new Finding("BS009", Severity.ERROR, "dir,with:odd%chars/buildspec.yml", new Position(2, 4),
                "100% wrong: 'a, b'\r\nsecond line", "quote it: 'x, y'");
        String line = write(new LintReport(List.of(file(finding.file())), List.of(finding)));
        assertThat(line).isEqualTo("::error file=dir%2Cwith%3Aodd%25chars/buildspec.yml,line=2,col=4,"
                + "title=[BS009] command is read as a mapping"
                + "::100%25 wrong: 'a, b'%0D%0Asecond line%0Ahint: quote it: 'x, y'\n");
        assertThat(line.lines()).hasSize(1);
    }

    @Test
    void unknownRuleGetsItsIdAsTitle() throws IOException {
        String line = write(new LintReport(List.of(file("a.yml")),
                List.of(finding("XX001", Severity.ERROR, "a.yml", 1, 1, null))));
        assertThat(line).isEqualTo("::error file=a.yml,line=1,col=1,title=[XX001]::message of XX001\n");
    }

    @Test
    void writesNothingForACleanReport() throws IOException {
        assertThat(write(new LintReport(List.of(file("buildspec.yml")), List.of()))).isEmpty();
    }

    @Test
    void escapesLikeTheActionsToolkit() {
        assertThat(GithubReport.escapeData("a%b\rc\nd:e,f")).isEqualTo("a%25b%0Dc%0Ad:e,f");
        assertThat(GithubReport.escapeProperty("a%b\rc\nd:e,f")).isEqualTo("a%25b%0Dc%0Ad%3Ae%2Cf");
    }

    private static String write(LintReport report) throws IOException {
        StringBuilder out = new StringBuilder();
        new GithubReport(Rules.infos()).write(report, out);
        return out.toString();
    }
}
