package dev.codestages.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.lint.ExampleText;
import dev.codestages.lint.FileResult;
import dev.codestages.lint.FileResultSpool;
import dev.codestages.lint.Finding;
import dev.codestages.lint.RuleDocs;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * SARIF 2.1.0, as GitHub code scanning and Jenkins Warnings NG ({@code recordIssues(tool: sarif(...))})
 * read it: one run whose driver documents each rule that has a result (title, rationale, bad and good
 * example, AWS source), one result per finding with its level, message and hint, and the exact line
 * and column. Paths stay relative to {@code %SRCROOT%}, the folder {@code lint} ran in, so the file is
 * the same on every machine.
 *
 * <p>Only the rules that have results are described, not the whole registry: the report stays small
 * and unchanged when rules are added, and every consumer looks a rule up from a result; the full
 * catalogue is {@code codestages rules} and {@code docs/rules.md}.
 */
public final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/codestages/codestages";
    static final String SRCROOT = "%SRCROOT%";

    private final Map<String, RuleInfo> rules;
    private final String toolVersion;

    public SarifReport(Map<String, RuleInfo> rules, String toolVersion) {
        this.rules = Map.copyOf(rules);
        this.toolVersion = toolVersion;
    }

    /** Everything waits for the end: the rules the results use come first. */
    @Override
    public ReportStream open(Appendable out) {
        return new ReportStream() {
            private final FileResultSpool files = new FileResultSpool();
            private final Set<String> ids = new TreeSet<>();

            @Override
            public void file(FileResult result) throws IOException {
                for (Finding finding : result.findings()) {
                    ids.add(finding.rule());
                }
                for (Finding finding : result.suppressed()) {
                    ids.add(finding.rule());
                }
                files.add(result);
            }

            @Override
            public void finish() throws IOException {
                try {
                    write(files, ids, out);
                } finally {
                    files.close();
                }
            }
        };
    }

    private void write(FileResultSpool files, Set<String> ids, Appendable out) throws IOException {
        List<RuleInfo> used = new ArrayList<>();
        for (String id : ids) {
            RuleInfo info = rules.get(id);
            if (info != null) {
                used.add(info);
            }
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (RuleInfo info : used) {
            indexOf.put(info.id(), indexOf.size());
        }
        JsonGenerator json = JsonReport.FACTORY.createGenerator(AppendableWriter.of(out));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        writeTool(json, used);
        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SRCROOT);
        writeMessage(json, "description", "The folder codestages lint ran in; every relative path starts there.");
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("artifacts");
        try (FileResultSpool.Reader reader = files.inOrder()) {
            for (FileResult result = reader.next(); result != null; result = reader.next()) {
                if (result.linted() || !result.findings().isEmpty()) {
                    json.writeStartObject();
                    writeArtifactLocation(json, "location", result.path());
                    json.writeArrayFieldStart("roles");
                    json.writeString("analysisTarget");
                    json.writeEndArray();
                    json.writeEndObject();
                }
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("results");
        try (FileResultSpool.Reader reader = files.byPath()) {
            for (FileResult result = reader.next(); result != null; result = reader.next()) {
                for (Finding finding : result.findings()) {
                    writeResult(json, finding, indexOf.get(finding.rule()), false);
                }
            }
        }
        try (FileResultSpool.Reader reader = files.byPath()) {
            for (FileResult result = reader.next(); result != null; result = reader.next()) {
                for (Finding finding : result.suppressed()) {
                    writeResult(json, finding, indexOf.get(finding.rule()), true);
                }
            }
        }
        json.writeEndArray();
        // SnakeYAML counts columns in code points, not UTF-16 units (the SARIF default).
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        out.append('\n');
    }

    private void writeTool(JsonGenerator json, List<RuleInfo> used) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "codestages");
        json.writeStringField("version", toolVersion);
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (RuleInfo info : used) {
            writeRule(json, info);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, RuleInfo info) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", info.id());
        json.writeStringField("name", pascalCase(info.title()));
        writeMessage(json, "shortDescription", info.title());
        writeMessage(json, "fullDescription", info.rationale());
        json.writeObjectFieldStart("help");
        json.writeStringField("text", helpText(info));
        json.writeStringField("markdown", helpMarkdown(info));
        json.writeEndObject();
        json.writeStringField("helpUri", info.source());
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(info.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString(info.kind().label());
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * One result; a suppressed one carries SARIF's {@code suppressions} (kind {@code inSource}: a comment
     * in the file), which GitHub code scanning and other viewers show as dismissed rather than lose.
     */
    private static void writeResult(JsonGenerator json, Finding finding, Integer ruleIndex, boolean suppressed)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        if (ruleIndex != null) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(finding.severity()));
        writeMessage(json, "message", FindingText.messageWithHint(finding));
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        writeArtifactLocation(json, "artifactLocation", finding.file());
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", finding.line());
        json.writeNumberField("startColumn", finding.column());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        if (suppressed) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", "inSource");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writeMessage(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** A relative path is written relative to {@code %SRCROOT%}; an absolute one as a {@code file:} URI. */
    private static void writeArtifactLocation(JsonGenerator json, String field, String path) throws IOException {
        json.writeObjectFieldStart(field);
        String uri = uri(path);
        json.writeStringField("uri", uri);
        if (!uri.startsWith("file:")) {
            json.writeStringField("uriBaseId", SRCROOT);
        }
        json.writeEndObject();
    }

    /**
     * The path as a URI reference: forward slashes, and every byte outside the characters a URI path
     * may hold percent-encoded (a space, '%', '#', '?', and ':' which would read as a scheme).
     */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        StringBuilder out = new StringBuilder();
        String rest = slashed;
        if (slashed.startsWith("/")) {
            out.append("file://");
        } else if (slashed.matches("[A-Za-z]:/.*")) {
            out.append("file:///").append(slashed, 0, 2);
            rest = slashed.substring(2);
        }
        for (byte b : rest.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /** A rule's name as SARIF wants it, an identifier without spaces: "unknown phase name" -> UnknownPhaseName. */
    static String pascalCase(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    private static String helpText(RuleInfo info) {
        return info.rationale() + "\n\nBad " + RuleDocs.exampleName(info.kind()) + ":\n\n"
                + indent(ExampleText.printable(info.badExample())) + "\nGood:\n\n"
                + indent(ExampleText.printable(info.goodExample())) + "\nSource: " + info.source();
    }

    private static String helpMarkdown(RuleInfo info) {
        return info.rationale() + "\n\nBad `" + RuleDocs.exampleName(info.kind()) + "`:\n\n"
                + fence(ExampleText.printable(info.badExample())) + "\nGood:\n\n"
                + fence(ExampleText.printable(info.goodExample())) + "\nSource: <" + info.source() + ">";
    }

    private static String indent(String example) {
        StringBuilder out = new StringBuilder();
        for (String line : example.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append("    ").append(line);
            }
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String fence(String example) {
        return "```yaml\n" + example + (example.endsWith("\n") ? "" : "\n") + "```\n";
    }
}
