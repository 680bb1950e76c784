package dev.codestages.run;

import dev.codestages.buildspec.ArtifactSelection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts the test cases in a report group's files, as CodeBuild's test reports do for JUnit XML
 * (the default format); other formats are counted as files only. XML is read without DTDs or
 * external entities.
 */
final class TestReportReader {

    private static final XMLInputFactory XML = newFactory();

    private TestReportReader() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    static TestReport read(String group, String format, List<ArtifactSelection.Entry> files) {
        String kind = format == null ? "JUNITXML" : format.toUpperCase(Locale.ROOT);
        int tests = 0;
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        if (kind.equals("JUNITXML")) {
            for (ArtifactSelection.Entry entry : files) {
                try (InputStream in = Files.newInputStream(entry.file())) {
                    XMLStreamReader xml = XML.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                            switch (xml.getLocalName()) {
                                case "testcase":
                                    tests++;
                                    break;
                                case "failure":
                                    failures++;
                                    break;
                                case "error":
                                    errors++;
                                    break;
                                case "skipped":
                                    skipped++;
                                    break;
                                default:
                                    break;
                            }
                        }
                    }
                    xml.close();
                } catch (IOException | XMLStreamException e) {
                    errors++;
                }
            }
        }
        return new TestReport(group, kind, files.size(), tests, failures, errors, skipped);
    }
}
