package dev.codestages.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.codestages.cli.Codestages;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Linter;
import dev.codestages.lint.Severity;
import dev.codestages.lint.SpecFile;
import dev.codestages.pipeline.PipelineStructureReader;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas for editors: the files in {@code schemas/} are what {@code codestages schema} prints, every
 * real-world file the linter finds free of errors validates (com.networknt's validator, draft-07), and
 * the structural mistakes of the rule fixtures are rejected.
 */
class SpecSchemasTest {

    private static final Path SCHEMAS = Path.of("schemas");
    private static final Path CORPUS = Path.of("src/test/resources/corpus/real");
    private static final Path RULES = Path.of("src/test/resources/rules");

    @ParameterizedTest
    @ValueSource(strings = {"buildspec", "appspec", "pipeline"})
    void theCommittedSchemaIsWhatTheCommandPrints(String kind) throws IOException {
        Path file = SCHEMAS.resolve(SpecSchemas.fileName(kind));
        assertThat(file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("schemas/ is stale; regenerate: ./codestages schema %s > %s", kind, file)
                .isEqualTo(SpecSchemas.of(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"buildspec", "appspec"})
    void everyCorpusFileWithoutAnErrorValidates(String kind) throws IOException {
        JsonSchema schema = schema(kind);
        FileKind fileKind = FileKind.fromLabel(kind);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS.resolve(kind), 2)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(yml|yaml|json)$"))
                    .sorted().toList();
        }
        int validated = 0;
        for (Path file : files) {
            if (kind.equals("pipeline") && !isApiStructure(file)) {
                continue; // a CloudFormation template: not what this schema is for
            }
            List<Finding> findings = new Linter().lint(List.of(new SpecFile(file, file.toString(), fileKind))).findings();
            if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
                continue;
            }
            assertThat(schema.validate(json(file))).as("%s, free of errors, against the %s schema", file, kind).isEmpty();
            validated++;
        }
        assertThat(validated).as("corpus files validated").isGreaterThan(kind.equals("pipeline") ? 5 : 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"buildspec", "appspec", "pipeline"})
    void theCommandPrintsTheSchemaAndRefusesAnUnknownKind(String kind) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Codestages.run(new String[] {"schema", kind}, new PrintWriter(out), new PrintWriter(err))).isZero();
        assertThat(out.toString()).isEqualTo(SpecSchemas.of(kind));
        assertThat(Codestages.run(new String[] {"schema", "jenkinsfile"}, new PrintWriter(out), new PrintWriter(err)))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown kind 'jenkinsfile'; expected one of: buildspec, appspec, pipeline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL001/bad.yml", "PL001/bad-json.json", "PL002/bad.yml", "PL003/bad.yml", "PL003/bad-json.json"})
    void thePipelineSchemaRejectsTheStructuralMistakesOfTheRuleFixtures(String fixture) throws IOException {
        assertThat(schema("pipeline").validate(json(RULES.resolve(fixture)))).isNotEmpty();
    }

    @Test
    void theGoodPipelineFixturesValidate() throws IOException {
        int validated = 0;
        for (String rule : List.of("PL001", "PL002", "PL003", "PL006", "PL010")) {
            try (Stream<Path> goods = Files.list(RULES.resolve(rule))) {
                for (Path good : goods.filter(p -> p.getFileName().toString().startsWith("good")).toList()) {
                    if (isApiStructure(good)) {
                        assertThat(schema("pipeline").validate(json(good))).as(good.toString()).isEmpty();
                        validated++;
                    }
                }
            }
        }
        assertThat(validated).isGreaterThan(2);
    }

    /** A file in the CodePipeline API structure, not a CloudFormation template. */
    private static boolean isApiStructure(Path file) throws IOException {
        YamlNode root = new YamlLoader().load(file).root();
        return root instanceof YamlMapping mapping && !mapping.has("Resources") && !mapping.has("AWSTemplateFormatVersion")
                && PipelineStructureReader.accepts(mapping);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BS008/bad.yml", "BS012/bad.yml"})
    void theBuildspecSchemaRejectsTheStructuralMistakesOfTheRuleFixtures(String fixture) throws IOException {
        assertThat(schema("buildspec").validate(json(RULES.resolve(fixture)))).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AS009/bad-hooks-list.yml", "AS009/bad-ecs-list.yml", "AS009/bad-null-item.yml"})
    void theAppspecSchemaRejectsTheStructuralMistakesOfTheRuleFixtures(String fixture) throws IOException {
        assertThat(schema("appspec").validate(json(RULES.resolve(fixture)))).isNotEmpty();
    }

    @Test
    void theGoodFixturesOfThoseRulesValidate() throws IOException {
        for (String good : List.of("BS008", "BS010", "BS012")) {
            assertThat(schema("buildspec").validate(json(RULES.resolve(good + "/good.yml")))).as(good).isEmpty();
        }
        assertThat(schema("appspec").validate(json(RULES.resolve("AS009/good.yml")))).isEmpty();
    }

    private static JsonSchema schema(String kind) throws IOException {
        JsonNode node = new ObjectMapper().readTree(SpecSchemas.of(kind));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
    }

    /** The file as the JSON an editor validates: scalars typed as YAML 1.1 reads them, as the AWS agents do. */
    private static JsonNode json(Path file) throws IOException {
        return json(new YamlLoader().load(file).root());
    }

    private static JsonNode json(YamlNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node instanceof YamlMapping mapping) {
            ObjectNode object = nodes.objectNode();
            for (YamlEntry entry : mapping.entries()) {
                object.set(entry.keyText(), json(entry.value()));
            }
            return object;
        }
        if (node instanceof YamlSequence sequence) {
            ArrayNode array = nodes.arrayNode();
            sequence.items().forEach(item -> array.add(json(item)));
            return array;
        }
        YamlScalar scalar = (YamlScalar) node;
        if (scalar == null) {
            return nodes.nullNode();
        }
        try {
            return switch (scalar.type()) {
                case NULL -> nodes.nullNode();
                case BOOLEAN -> nodes.booleanNode(Set.of("yes", "true", "on", "y").contains(scalar.value().toLowerCase()));
                case INTEGER -> nodes.numberNode(new BigInteger(scalar.value().replace("_", "")));
                case FLOAT -> nodes.numberNode(new BigDecimal(scalar.value()));
                default -> nodes.textNode(scalar.value());
            };
        } catch (NumberFormatException e) {
            // an octal (0644) or a sexagesimal integer: a number all the same
            return scalar.type() == dev.codestages.yaml.ScalarType.INTEGER ? nodes.numberNode(0) : nodes.textNode(scalar.value());
        }
    }

}
