package dev.codestages.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Tests how {@link YamlLoader} reads what CloudFormation templates and hand-written JSON contain: local
 * tags such as {@code !Ref} are kept on the node, never rejected or constructed; a tab-indented JSON
 * document reads like any other.
 */
class YamlLoaderTagsAndJsonTest {

    private static LoadedYaml load(String text) {
        return new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsCloudFormationShortTagsAsExplicitTags() {
        LoadedYaml yaml = load("""
                RoleArn: !GetAtt PipelineRole.Arn
                Location: !Ref ArtifactBucket
                Name: !Sub "${AWS::StackName}-build"
                Test: !If [IsAppium, app.zip, !Ref "AWS::NoValue"]
                Bucket: !ImportValue
                  Fn::Sub: ${Env}-bucket
                """);

        assertThat(yaml.problems()).isEmpty();
        YamlMapping root = yaml.rootMapping();
        YamlScalar role = (YamlScalar) root.get("RoleArn");
        assertThat(role.explicitTag()).isEqualTo("!GetAtt");
        assertThat(role.value()).isEqualTo("PipelineRole.Arn");
        assertThat(role.type()).isEqualTo(ScalarType.OTHER);
        assertThat(root.get("Location").explicitTag()).isEqualTo("!Ref");
        assertThat(((YamlScalar) root.get("Name")).value()).isEqualTo("${AWS::StackName}-build");
        YamlSequence condition = (YamlSequence) root.get("Test");
        assertThat(condition.explicitTag()).isEqualTo("!If");
        assertThat(condition.items().get(2).explicitTag()).isEqualTo("!Ref");
        assertThat(((YamlScalar) condition.items().get(2)).value()).isEqualTo("AWS::NoValue");
        assertThat(root.get("Bucket")).isInstanceOf(YamlMapping.class);
        assertThat(root.get("Bucket").explicitTag()).isEqualTo("!ImportValue");
    }

    @Test
    void untaggedValuesHaveNoExplicitTag() {
        YamlMapping root = load("a: b\nc: [1]\nd: {e: f}\n").rootMapping();

        assertThat(root.get("a").explicitTag()).isNull();
        assertThat(root.get("c").explicitTag()).isNull();
        assertThat(root.get("d").explicitTag()).isNull();
    }

    @Test
    void readsTabIndentedJsonWithPositionsUnchanged() {
        LoadedYaml yaml = load("{\n\t\"pipeline\": {\n\t\t\"name\": \"a\\tb\",\n\t\t\"version\": 1\n\t}\n}\n");

        assertThat(yaml.problems()).isEmpty();
        YamlMapping pipeline = yaml.rootMapping().mapping("pipeline").orElseThrow();
        YamlScalar name = pipeline.scalar("name").orElseThrow();
        assertThat(name.value()).isEqualTo("a\tb");
        assertThat(name.start()).isEqualTo(new Position(3, 11));
    }

    @Test
    void stillReportsTabIndentationInYaml() {
        LoadedYaml yaml = load("stages:\n\t- name: Source\n");

        assertThat(yaml.problems()).extracting(YamlProblem::issue).containsExactly(YamlIssue.TAB_INDENTATION);
    }

    @Test
    void leavesTabsInsideJsonStringsAlone() {
        assertThat(YamlLoader.jsonTabsAsSpaces("{\"a\":\t\"x\\\"\ty\"}")).isEqualTo("{\"a\": \"x\\\"\ty\"}");
        assertThat(YamlLoader.jsonTabsAsSpaces("a:\tb")).isEqualTo("a:\tb");
    }
}
