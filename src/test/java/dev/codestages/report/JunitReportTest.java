package dev.codestages.report;

import static dev.codestages.report.SarifReportTest.file;
import static dev.codestages.report.SarifReportTest.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Tests {@link JunitReport}: well-formed XML, one case per file, failures by the threshold, right counts. */
class JunitReportTest {

    /** An error and a warning in one file, a warning only in another, an info in a third, and a clean file. */
    private static final LintReport REPORT = new LintReport(
            List.of(file("buildspec.yml"), file("ci/buildspec-warn.yml"), file("ci/buildspec-info.yml"),
                    new LintedFile("appspec.yml", FileKind.APPSPEC)),
            List.of(finding("BS006", Severity.ERROR, "buildspec.yml", 3, 3, "did you mean 'pre_build'?"),
                    finding("BS007", Severity.WARNING, "buildspec.yml", 7, 5, null),
                    finding("BS007", Severity.WARNING, "ci/buildspec-warn.yml", 4, 5, null),
                    finding("BS014", Severity.INFO, "ci/buildspec-info.yml", 1, 10, "use version 0.2")));

    @Test
    void writesOneSuiteWithOneCasePerFileNamedByKindAndPath() throws Exception {
        Element suite = parse(REPORT, Severity.ERROR).getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("codestages");
        assertThat(cases(suite)).extracting(c -> c.getAttribute("classname"), c -> c.getAttribute("name"))
                .containsExactly(tuple("buildspec", "buildspec.yml"), tuple("buildspec", "ci/buildspec-warn.yml"),
                        tuple("buildspec", "ci/buildspec-info.yml"), tuple("appspec", "appspec.yml"));
        assertThat(suite.hasAttribute("timestamp")).isFalse();
        assertThat(suite.hasAttribute("time")).isFalse();
    }

    @Test
    void failsTheFilesWithFindingsAtOrAboveError() throws Exception {
        Element suite = parse(REPORT, Severity.ERROR).getDocumentElement();
        assertCounts(suite, 4, 1);
        Element failure = child(cases(suite).get(0), "failure");
        assertThat(failure.getAttribute("message")).isEqualTo("1 finding at or above --fail-on error");
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getTextContent()).isEqualTo("""

                buildspec.yml:3:3: error [BS006] message of BS006
                    hint: did you mean 'pre_build'?
                """);
        assertThat(child(cases(suite).get(0), "system-out").getTextContent())
                .isEqualTo("\nbuildspec.yml:7:5: warning [BS007] message of BS007\n");
        assertThat(child(cases(suite).get(1), "failure")).isNull();
        assertThat(child(cases(suite).get(1), "system-out").getTextContent()).contains("[BS007]");
        assertThat(cases(suite).get(3).getChildNodes().getLength()).isZero();
    }

    @Test
    void failsTheFilesWithFindingsAtOrAboveWarning() throws Exception {
        Element suite = parse(REPORT, Severity.WARNING).getDocumentElement();
        assertCounts(suite, 4, 2);
        Element failure = child(cases(suite).get(0), "failure");
        assertThat(failure.getAttribute("message")).isEqualTo("2 findings at or above --fail-on warning");
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getTextContent()).contains("[BS006]", "[BS007]");
        assertThat(child(cases(suite).get(0), "system-out")).isNull();
        assertThat(child(cases(suite).get(1), "failure").getAttribute("type")).isEqualTo("warning");
        assertThat(child(cases(suite).get(2), "failure")).isNull();
        assertThat(child(cases(suite).get(2), "system-out").getTextContent()).contains("info [BS014]");
    }

    @Test
    void failsNothingWithFailOnNever() throws Exception {
        Element suite = parse(REPORT, null).getDocumentElement();
        assertCounts(suite, 4, 0);
        assertThat(child(cases(suite).get(0), "system-out").getTextContent()).contains("[BS006]", "[BS007]");
    }

    @Test
    void keepsTheXmlWellFormedWhateverTheMessageHolds() throws Exception {
        String nasty = "unknown key '<x>&amp;\"]]>' with \u0001 control, \uD800 lone surrogate and \uD83D\uDE00";
        LintReport report = new LintReport(List.of(file("a&b <c>.yml")), List.of(
                new Finding("BS007", Severity.ERROR, "a&b <c>.yml", new Position(1, 1), nasty, "quote \"it\"")));
        Document document = parse(report, Severity.ERROR);
        Element testcase = cases(document.getDocumentElement()).get(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("a&b <c>.yml");
        assertThat(child(testcase, "failure").getTextContent())
                .contains("unknown key '<x>&amp;\"]]>' with \\u0001 control, \\ud800 lone surrogate and \uD83D\uDE00")
                .contains("hint: quote \"it\"");
    }

    @Test
    void writesAnEmptySuiteForAnEmptyReport() throws Exception {
        Element suite = parse(new LintReport(List.of(), List.of()), Severity.ERROR).getDocumentElement();
        assertCounts(suite, 0, 0);
    }

    private static void assertCounts(Element suite, int tests, int failures) {
        assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(failures));
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("0");
        assertThat(cases(suite)).hasSize(tests);
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(failures);
    }

    private static List<Element> cases(Element suite) {
        NodeList nodes = suite.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }

    static Document parse(LintReport report, Severity failOn) throws Exception {
        StringBuilder out = new StringBuilder();
        new JunitReport(failOn).write(report, out);
        return parse(out.toString());
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
