package dev.codestages.appspec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.Linter;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link Platform#detect} and the {@code --platform} override through {@link AppspecChecker}. */
class PlatformTest {

    private static final String LAMBDA = """
            version: 0.0
            Resources:
              - myFunction:
                  Type: AWS::Lambda::Function
                  Properties:
                    Name: f
                    Alias: live
                    CurrentVersion: 1
                    TargetVersion: 2
            """;

    private static YamlMapping root(String text) {
        return new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8)).rootMapping();
    }

    private static List<String> rules(String text, String platform, String name) {
        return new Linter(new LintOptions(platform, null))
                .lintBytes(name, text.getBytes(StandardCharsets.UTF_8), FileKind.APPSPEC)
                .findings().stream().map(Finding::rule).toList();
    }

    @Test
    void detectsEachPlatformFromTheContent() {
        assertThat(Platform.detect(root("version: 0.0\nos: linux\n"))).isEqualTo(Platform.EC2);
        assertThat(Platform.detect(root("version: 0.0\nhooks:\n  AfterInstall: []\n"))).isEqualTo(Platform.EC2);
        assertThat(Platform.detect(root(LAMBDA))).isEqualTo(Platform.LAMBDA);
        assertThat(Platform.detect(root("""
                version: 0.0
                Resources:
                  - TargetService:
                      Properties:
                        TaskDefinition: <TASK_DEFINITION>
                """))).isEqualTo(Platform.ECS);
        assertThat(Platform.detect(root("""
                resources:
                  - fn:
                      type: AWS::Lambda::Function
                """))).isEqualTo(Platform.LAMBDA);
    }

    @Test
    void theResourceTypeWinsOverTheResourceName() {
        assertThat(Platform.detect(root("""
                version: 0.0
                Resources:
                  - TargetService:
                      Type: AWS::Lambda::Function
                """))).isEqualTo(Platform.LAMBDA);
    }

    @Test
    void anEcsOnlyHookTellsAnEmptyResourcesListApart() {
        assertThat(Platform.detect(root("version: 0.0\nResources: []\nHooks:\n  - AfterAllowTestTraffic: f\n")))
                .isEqualTo(Platform.ECS);
        assertThat(Platform.detect(root("version: 0.0\nResources: []\nHooks:\n  - BeforeAllowTraffic: f\n")))
                .isEqualTo(Platform.LAMBDA);
    }

    @Test
    void theOptionOverridesDetection() {
        assertThat(rules(LAMBDA, null, "appspec.yml")).isEmpty();
        assertThat(rules(LAMBDA, "ecs", "appspec.yml")).contains("AS050", "AS044", "AS006");
        assertThat(rules(LAMBDA, "ec2", "appspec.yml")).contains("AS004", "AS006");
        assertThat(rules("version: 0.0\nos: linux\n", "LAMBDA", "appspec.yml")).contains("AS040", "AS006");
    }

    @Test
    void readsJsonAppspecsWithTheSameLoaderAndExactPositions() {
        String json = """
                {
                  "version": "0.0",
                  "os": "linux",
                  "hooks": {
                    "AfterInstall": [{"location": "scripts/install.sh", "timeout": 0}]
                  }
                }
                """;
        List<Finding> findings = new Linter().lintBytes("appspec.json", json.getBytes(StandardCharsets.UTF_8),
                FileKind.APPSPEC).findings();
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(org.assertj.core.api.Assertions.tuple("AS003", 2, 14),
                        org.assertj.core.api.Assertions.tuple("AS015", 5, 68));
    }

    @Test
    void readsTabIndentedJsonAsTheAgentsYamlReaderDoes() {
        String json = "{\n\t\"version\": 0.0,\n\t\"os\": \"linux\",\n\t\"files\": [\n\t\t{\"source\": \"/\","
                + " \"destination\": \"opt\"}\n\t]\n}\n";
        List<Finding> findings = new Linter().lintBytes("appspec.json", json.getBytes(StandardCharsets.UTF_8),
                FileKind.APPSPEC).findings();
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(org.assertj.core.api.Assertions.tuple("AS023", 5, 34));
    }

    @Test
    void parsesPlatformLabels() {
        assertThat(Platform.fromLabel("ec2")).isEqualTo(Platform.EC2);
        assertThat(Platform.fromLabel("Lambda")).isEqualTo(Platform.LAMBDA);
        assertThat(Platform.fromLabel("server")).isNull();
        assertThat(Platform.fromLabel(null)).isNull();
    }
}
