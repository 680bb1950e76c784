package dev.codestages.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.lint.FileResult;
import dev.codestages.lint.FileResultSpool;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Severity;
import java.io.IOException;
import java.util.List;

/**
 * The machine format of {@code lint --format json} (docs/cli.md): exactly one JSON object with {@code version}, {@code files},
 * {@code findings} and {@code summary} (which counts the findings an inline comment suppressed,
 * {@code suppressed}; they are not listed), written with jackson-core's streaming generator as the files
 * come; the findings, listed after the files, wait in a {@link FileResultSpool} until the last file.
 */
public final class JsonReport implements ReportWriter {

    static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public ReportStream open(Appendable out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(AppendableWriter.of(out));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeNumberField("version", 1);
        json.writeArrayFieldStart("files");
        return new ReportStream() {
            private final FileResultSpool findings = new FileResultSpool();
            private final long[] counts = new long[Severity.values().length];
            private int files;
            private int suppressed;

            @Override
            public void file(FileResult result) throws IOException {
                if (result.linted()) {
                    files++;
                    json.writeStartObject();
                    json.writeStringField("path", result.path());
                    json.writeStringField("kind", result.kind().label());
                    json.writeEndObject();
                }
                for (Finding finding : result.findings()) {
                    counts[finding.severity().ordinal()]++;
                }
                suppressed += result.suppressed().size();
                if (!result.findings().isEmpty()) {
                    findings.add(new FileResult(result.path(), result.kind(), result.linted(), result.findings(),
                            List.of()));
                }
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                json.writeArrayFieldStart("findings");
                try (FileResultSpool.Reader reader = findings.byPath()) {
                    for (FileResult result = reader.next(); result != null; result = reader.next()) {
                        for (Finding finding : result.findings()) {
                            writeFinding(json, finding);
                        }
                    }
                } finally {
                    findings.close();
                }
                json.writeEndArray();
                json.writeObjectFieldStart("summary");
                json.writeNumberField("files", files);
                json.writeNumberField("errors", counts[Severity.ERROR.ordinal()]);
                json.writeNumberField("warnings", counts[Severity.WARNING.ordinal()]);
                json.writeNumberField("infos", counts[Severity.INFO.ordinal()]);
                json.writeNumberField("suppressed", suppressed);
                json.writeEndObject();
                json.writeEndObject();
                json.close();
                out.append('\n');
            }
        };
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
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
}
