package dev.codestages.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.Severity;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The machine format of {@code lint --format json} (docs/cli.md): exactly one JSON object with {@code version}, {@code files},
 * {@code findings} and {@code summary} (which counts the findings an inline comment suppressed,
 * {@code suppressed}; they are not listed), written with jackson-core's streaming generator.
 */
public final class JsonReport implements ReportWriter {

    static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(LintReport report, Appendable out) throws IOException {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(buffer)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("version", 1);
            json.writeArrayFieldStart("files");
            for (LintedFile file : report.files()) {
                json.writeStartObject();
                json.writeStringField("path", file.path());
                json.writeStringField("kind", file.kind().label());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                json.writeStartObject();
                json.writeStringField("rule", finding.rule());
                json.writeStringField("severity", finding.severity().label());
                json.writeStringField("file", finding.file());
                json.writeNumberField("line", finding.line());
                json.writeNumberField("column", finding.column());
                json.writeStringField("message", finding.message());
                json.writeStringField("hint", finding.hint());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", report.files().size());
            json.writeNumberField("errors", report.count(Severity.ERROR));
            json.writeNumberField("warnings", report.count(Severity.WARNING));
            json.writeNumberField("infos", report.count(Severity.INFO));
            json.writeNumberField("suppressed", report.suppressed().size());
            json.writeEndObject();
            json.writeEndObject();
        }
        out.append(buffer.toString()).append('\n');
    }
}
