package dev.codestages.report;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.FileResult;
import dev.codestages.lint.FileResultSpool;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** The test suite's counts come first, so the cases wait for the end. */
    @Override
    public ReportStream open(Appendable out) {
        return new ReportStream() {
            private final FileResultSpool files = new FileResultSpool();
            private int tests;
            private int failures;

            @Override
            public void file(FileResult result) throws IOException {
                if (!result.linted() && result.findings().isEmpty()) {
                    return;
                }
                tests++;
                if (anyFails(result.findings())) {
                    failures++;
                }
                files.add(new FileResult(result.path(), result.kind(), result.linted(), result.findings(), List.of()));
            }

            @Override
            public void finish() throws IOException {
                try {
                    write(files, tests, failures, out);
                } finally {
                    files.close();
                }
            }
        };
    }

    private void write(FileResultSpool files, int tests, int failures, Appendable out) throws IOException {
        try (FileResultSpool.Reader reader = files.inOrder()) {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(AppendableWriter.of(out));
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "codestages");
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (FileResult result = reader.next(); result != null; result = reader.next()) {
                writeCase(xml, result.path(), result.kind(), result.findings());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.append('\n');
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
