package dev.codestages.report;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, for CI servers that show test results (Jenkins {@code junit}, GitLab, Azure): one test
 * suite "codestages" with one test case per linted file (class name = its kind, name = its path). A
 * case fails when its file has findings at or above {@code --fail-on}; the failure lists them in the
 * text format, and the file's other findings go to its {@code system-out}. No times or timestamps, so
 * the same input gives the same file.
 */
public final class JunitReport implements ReportWriter {

    private final Severity failOn;

    /** @param failOn the threshold that fails a case; null ({@code --fail-on never}) fails none */
    public JunitReport(Severity failOn) {
        this.failOn = failOn;
    }

    @Override
    public void write(LintReport report, Appendable out) throws IOException {
        Map<String, FileKind> files = files(report);
        int failures = 0;
        for (String path : files.keySet()) {
            if (anyFails(report.findingsOf(path))) {
                failures++;
            }
        }
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "codestages");
            xml.writeAttribute("tests", Integer.toString(files.size()));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Map.Entry<String, FileKind> file : files.entrySet()) {
                writeCase(xml, file.getKey(), file.getValue(), report.findingsOf(file.getKey()));
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.append(buffer.toString()).append('\n');
    }

    private void writeCase(XMLStreamWriter xml, String path, FileKind kind, List<Finding> findings)
            throws XMLStreamException {
        // one pass that splits the findings: a removeAll of one list from the other was quadratic
        List<Finding> failing = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        for (Finding finding : findings) {
            (failsCase(finding) ? failing : others).add(finding);
        }
        xml.writeCharacters("\n  ");
        if (failing.isEmpty() && others.isEmpty()) {
            xml.writeEmptyElement("testcase");
            writeCaseAttributes(xml, path, kind);
            return;
        }
        xml.writeStartElement("testcase");
        writeCaseAttributes(xml, path, kind);
        if (!failing.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", xmlText(failing.size() + (failing.size() == 1 ? " finding" : " findings")
                    + " at or above --fail-on " + failOn.label()));
            xml.writeAttribute("type", worst(failing).label());
            xml.writeCharacters(xmlText(lines(failing)));
            xml.writeEndElement();
        }
        if (!others.isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(xmlText(lines(others)));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeCaseAttributes(XMLStreamWriter xml, String path, FileKind kind) throws XMLStreamException {
        xml.writeAttribute("classname", kind.label());
        xml.writeAttribute("name", xmlText(path));
    }

    private boolean failsCase(Finding finding) {
        return failOn != null && finding.severity().atLeast(failOn);
    }

    private boolean anyFails(List<Finding> findings) {
        for (Finding finding : findings) {
            if (failsCase(finding)) {
                return true;
            }
        }
        return false;
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
    }

    private static Map<String, FileKind> files(LintReport report) {
        Map<String, FileKind> files = new LinkedHashMap<>();
        for (LintedFile file : report.files()) {
            files.putIfAbsent(file.path(), file.kind());
        }
        for (Finding finding : report.findings()) {
            files.putIfAbsent(finding.file(), FileKind.UNKNOWN);
        }
        return files;
    }

    private static String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder("\n");
        for (Finding finding : findings) {
            text.append(FindingText.textLines(finding)).append('\n');
        }
        return text.toString();
    }

    /** XML 1.0 cannot hold most control characters or lone surrogates, even escaped: they become U+FFFD. */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            out.appendCodePoint(allowed ? c : 0xFFFD);
        });
        return out.toString();
    }
}
