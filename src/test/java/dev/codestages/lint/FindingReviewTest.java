package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the last pass over a file's findings: placeholders, templates, duplicate keys per kind, unknown kinds. */
class FindingReviewTest {

    private static final String ECS_WITH_PLACEHOLDER = """
            version: 0.0
            Resources:
              - TargetService:
                  Type: AWS::ECS::Service
                  Properties:
                    TaskDefinition: "arn:aws:ecs:eu-west-1:210987654321:task-definition/web:3"
                    LoadBalancerInfo:
                      ContainerName: "web"
                      ContainerPort: <CONTAINER_PORT>
            """;

    private static List<Finding> lint(String name, String text, FileKind kind, PlaceholderPolicy policy) {
        return new Linter(new LintOptions(null, null, policy))
                .lintBytes(name, text.getBytes(StandardCharsets.UTF_8), kind).findings();
    }

    @Test
    void reportsAPlaceholderValueAsOneWarningInsteadOfTheValueError() {
        List<Finding> findings = lint("appspec.yml", ECS_WITH_PLACEHOLDER, null, PlaceholderPolicy.WARNING);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::line, Finding::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("YAML014", Severity.WARNING, 9, 26));
        assertThat(findings.get(0).message()).startsWith("placeholder: '<CONTAINER_PORT>' filled in before deployment?");
    }

    @Test
    void placeholdersPolicyErrorMakesThePlaceholderAnError() {
        assertThat(lint("appspec.yml", ECS_WITH_PLACEHOLDER, null, PlaceholderPolicy.ERROR))
                .extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("YAML014", Severity.ERROR));
    }

    @Test
    void placeholdersPolicyIgnoreReportsNothingOnAPlaceholder() {
        assertThat(lint("appspec.yml", ECS_WITH_PLACEHOLDER, null, PlaceholderPolicy.IGNORE)).isEmpty();
    }

    @Test
    void keepsTheValueErrorWhenTheValueIsNoPlaceholder() {
        String text = ECS_WITH_PLACEHOLDER.replace("<CONTAINER_PORT>", "http");

        assertThat(lint("appspec.yml", text, null, PlaceholderPolicy.WARNING)).extracting(Finding::rule)
                .containsExactly("AS054");
    }

    @Test
    void reportsATemplateFileInsteadOfInvalidYaml() {
        String template = "version: 0.2\nphases:\n  build:\n    commands:\n{% for c in steps %}\n      - {{ c }}\n{% endfor %}\n";

        assertThat(lint("buildspec.yml", template, null, PlaceholderPolicy.WARNING))
                .extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("YAML013", Severity.WARNING));
    }

    @Test
    void duplicateKeyIsAnErrorInACloudFormationTemplateAndAWarningInABuildspec() {
        String buildspec = "version: 0.2\nphases:\n  build:\n    commands: [make]\n    commands: [make test]\n";
        String template = "Resources:\n  P:\n    Type: AWS::CodePipeline::Pipeline\n    Type: AWS::CodePipeline::Pipeline\n";

        assertThat(lint("buildspec.yml", buildspec, null, PlaceholderPolicy.WARNING))
                .filteredOn(f -> f.rule().equals("YAML002")).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
        assertThat(lint("template.yml", template, null, PlaceholderPolicy.WARNING))
                .filteredOn(f -> f.rule().equals("YAML002")).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void namedFileOfNoKnownKindIsAnErrorThatSuggestsType() {
        List<Finding> findings = lint("pipelines.json", "{\"pipelines\": []}", null, PlaceholderPolicy.WARNING);

        assertThat(findings).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("YAML015", Severity.ERROR));
        assertThat(findings.get(0).hint()).contains("list-pipelines").contains("--type");
    }

    @Test
    void shellVariablesInABuildspecAreNotPlaceholders() {
        String buildspec = "version: 0.2\nenv:\n  shell: ${SHELL_NAME}\nphases:\n  build:\n    commands:\n      - make\n";

        assertThat(lint("buildspec.yml", buildspec, null, PlaceholderPolicy.WARNING)).extracting(Finding::rule)
                .doesNotContain("YAML014");
    }

    @Test
    void placeholderKeyUnderRuntimeVersionsIsAPlaceholderWarningNotAnUnknownRuntime() {
        String buildspec = "version: 0.2\nphases:\n  install:\n    runtime-versions:\n"
                + "      \"${RUNTIME_TYPE}\": \"${RUNTIME_VERSION}\"\n    commands:\n      - echo ${RUNTIME_TYPE}\n";

        List<Finding> findings = lint("buildspec.yml", buildspec, null, PlaceholderPolicy.WARNING);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::line, Finding::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("YAML014", Severity.WARNING, 5, 7));
        assertThat(findings.get(0).message())
                .startsWith("placeholder: the key '${RUNTIME_TYPE}' filled in before deployment?");
    }

    @Test
    void placeholderKeysInPlaceOfPhasesTopKeysEventsAndPipelineKeysAreNotUnknownNames() {
        String buildspec = "version: 0.2\n\"{{ extra }}\": 1\nphases:\n  \"${PHASE}\":\n    commands: [make]\n";
        String appspec = "version: 0.0\nos: linux\nhooks:\n  \"<EVENT>\":\n    - location: run.sh\n";
        String pipeline = "{\"pipeline\": {\"name\": \"p\", \"__EXTRA__\": 1}}";

        assertThat(lint("buildspec.yml", buildspec, null, PlaceholderPolicy.WARNING)).extracting(Finding::rule)
                .containsExactly("YAML014", "YAML014");
        assertThat(lint("appspec.yml", appspec, null, PlaceholderPolicy.WARNING)).extracting(Finding::rule)
                .contains("YAML014").doesNotContain("AS011");
        assertThat(lint("pipeline.json", pipeline, FileKind.PIPELINE, PlaceholderPolicy.WARNING))
                .extracting(Finding::rule).contains("YAML014").doesNotContain("PL001");
    }

    @Test
    void misspeltNamesStayErrorsEvenNextToAPlaceholderValue() {
        String buildspec = "version: 0.2\nphases:\n  install:\n    runtime-versions:\n      pyhton: \"${PY}\"\n"
                + "  prebuild:\n    commands: [make]\n";
        String appspec = "version: 0.0\nos: linux\nfies: \"<FILES>\"\n";

        assertThat(lint("buildspec.yml", buildspec, null, PlaceholderPolicy.WARNING))
                .extracting(Finding::rule, Finding::severity)
                .contains(org.assertj.core.groups.Tuple.tuple("BS044", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("BS006", Severity.ERROR))
                .extracting(t -> t.toArray()[0]).doesNotContain("YAML014");
        assertThat(lint("appspec.yml", appspec, null, PlaceholderPolicy.WARNING)).extracting(Finding::rule)
                .containsExactly("AS006");
    }
}
