package dev.codestages.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.diagram.DiagramPicture;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link HtmlReport}: self-contained, script-free, every user text escaped, findings linked to their rule. */
class HtmlReportTest {

    @Test
    void escapesEveryTextFromTheLintedFilesAndLinksEachFindingToItsRule() throws Exception {
        String hostile = "<script>alert(1)</script>";
        LintReport report = new LintReport(List.of(new LintedFile("dir/" + hostile + ".yml", FileKind.BUILDSPEC)),
                List.of(new Finding("BS006", Severity.ERROR, "dir/" + hostile + ".yml", new Position(3, 3),
                        "unknown phase '" + hostile + "'", "did you mean 'build'? \" onmouseover=\"x")));
        StringBuilder html = new StringBuilder();
        new HtmlReport("lint of <b>x</b>", List.of(new DiagramPicture("pipe<line>.json",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\"></svg>")), Rules.infos())
                .write(report, html);

        assertThat(html.toString())
                .startsWith("<!DOCTYPE html>")
                .contains("Content-Security-Policy\" content=\"default-src 'none'")
                .doesNotContain("<script").doesNotContain("<b>x</b>").doesNotContain("\" onmouseover=\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "lint of &lt;b&gt;x&lt;/b&gt;")
                .contains("<a href=\"#rule-BS006\">BS006</a>", "<article id=\"rule-BS006\">", "unknown phase name")
                .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\"></svg>", "pipe&lt;line&gt;.json")
                .contains("1 file checked");
    }

    @Test
    void aReportWithoutFindingsSaysSoAndHasNoRulesSection() throws Exception {
        StringBuilder html = new StringBuilder();
        new HtmlReport("clean", List.of(), Rules.infos())
                .write(new LintReport(List.of(new LintedFile("buildspec.yml", FileKind.BUILDSPEC)), List.of()), html);
        assertThat(html.toString()).contains("No problems found.").doesNotContain("id=\"rules\"")
                .doesNotContain("id=\"diagram\"");
    }
}
