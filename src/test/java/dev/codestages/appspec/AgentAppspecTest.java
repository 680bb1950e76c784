package dev.codestages.appspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.lint.Finding;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.Rules;
import dev.codestages.lint.LintOptions;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link AgentAppspec}, the agent's reading the local agent runs on: one timeout reading shared
 * with the rules, the permission defaults and glob of the agent, and the file names it looks for.
 */
class AgentAppspecTest {

    @TempDir
    Path temp;

    private static YamlMapping yaml(String text) {
        return new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8)).rootMapping();
    }

    private static String withTimeout(String timeout) {
        return "version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: a.sh\n      timeout: " + timeout + "\n";
    }

    /** The seconds the rules read: the AS015 error when the agent cannot use the value. */
    private static List<Finding> timeoutErrors(String timeout) {
        FindingCollector out = new FindingCollector("appspec.yml");
        Rules.checkerFor(FileKind.APPSPEC).check(null, yaml(withTimeout(timeout)), LintOptions.DEFAULT, out);
        return out.findings().stream().filter(f -> f.rule().equals("AS015")).toList();
    }

    private static long agentSeconds(String timeout) {
        return AgentAppspec.of(new Appspec(yaml(withTimeout(timeout)), Platform.EC2)).scriptsOf("AfterInstall")
                .get(0).timeoutSeconds();
    }

    @Test
    void theAgentAndTheRulesReadEachTimeoutAlikeAsTheRubyAgentDoes() {
        for (String timeout : new String[] {"30", "30s", "\"30\""}) {
            assertThat(agentSeconds(timeout)).as(timeout).isEqualTo(30);
            assertThat(timeoutErrors(timeout)).as(timeout).isEmpty();
        }
        assertThat(agentSeconds("3601")).isEqualTo(3601);
        assertThat(timeoutErrors("3601")).isEmpty();
        // garbage: Ruby's to_i gives 0, which script_info.rb rejects
        assertThat(AgentTimeout.isUsable(OptionalLong.of(agentSeconds("soon")))).isFalse();
        assertThat(timeoutErrors("soon")).extracting(Finding::message).containsExactly(
                "timeout 'soon' is not a positive number of seconds; the agent fails the deployment");
    }

    @Test
    void aScriptWithoutATimeoutGetsTheAgentsHour() {
        YamlMapping root = yaml("version: 0.0\nos: linux\nhooks:\n  AfterInstall:\n    - location: ' a.sh '\n"
                + "      runas: ' app '\n");
        AgentAppspec.HookScript script = AgentAppspec.of(new Appspec(root, Platform.EC2)).scriptsOf("AfterInstall")
                .get(0);
        assertThat(script).isEqualTo(new AgentAppspec.HookScript("a.sh", 3600, "app"));
    }

    @Test
    void aPermissionTakesTheAgentsDefaultsAndMatchesWithOnlyStarAsWildcard() {
        YamlMapping root = yaml("""
                version: 0.0
                os: linux
                permissions:
                  - object: /opt/app
                  - object: /opt/app
                    pattern: "[a-"
                    except: ["*.bak"]
                    acls: ["u:bob:rwx"]
                    context: {name: unconfined_u, type: httpd_sys_content_t, range: {low: s0}}
                    type: [directory]
                """);
        List<AgentAppspec.Permission> permissions = AgentAppspec.of(new Appspec(root, Platform.EC2)).permissions();
        assertThat(permissions.get(0).pattern()).isEqualTo("**");
        assertThat(permissions.get(0).types()).containsExactly("file", "directory");
        assertThat(permissions.get(0).matches("anything")).isTrue();
        AgentAppspec.Permission literal = permissions.get(1);
        assertThat(literal.matches("[a-")).isTrue();
        assertThat(literal.matches("a")).isFalse();
        assertThat(literal.acls()).containsExactly("u:bob:rwx");
        assertThat(literal.context().type()).isEqualTo("httpd_sys_content_t");
        assertThat(literal.types()).containsExactly("directory");
    }

    @Test
    void theAgentsGlobHasOnlyTheStarAsWildcardAndNeverMatchesAcrossASlash() {
        assertThat(AgentGlob.matches("*.sh", "start.sh")).isTrue();
        assertThat(AgentGlob.matches("*.sh", "start.sh.bak")).isFalse();
        assertThat(AgentGlob.matches("a*b*c", "aXbYc")).isTrue();
        assertThat(AgentGlob.matches("app?.log", "app1.log")).isFalse();
        assertThat(AgentGlob.matches("app?.log", "app?.log")).isTrue();
        assertThat(AgentGlob.matches("*", "dir/file")).isFalse();
    }

    @Test
    void theAgentLooksForAppspecYmlThenAppspecYamlAndTheServiceAlsoForJson() throws IOException {
        assertThat(AppspecFileNames.of(Platform.EC2)).containsExactly("appspec.yml", "appspec.yaml");
        assertThat(AppspecFileNames.of(Platform.LAMBDA)).containsExactly("appspec.yml", "appspec.yaml",
                "appspec.json");
        Files.writeString(temp.resolve("appspec.yaml"), "version: 0.0\nos: linux\n");
        Files.writeString(temp.resolve("appspec.json"), "{}");
        assertThat(AgentAppspec.load(temp).files()).isEmpty();
        Files.delete(temp.resolve("appspec.yaml"));
        assertThatThrownBy(() -> AgentAppspec.load(temp)).isInstanceOf(IOException.class)
                .hasMessageContaining("did not find an AppSpec file");
    }

    @Test
    void loadingAnAppspecWithALinterErrorRefusesItWithTheFindings() throws IOException {
        Files.writeString(temp.resolve("appspec.yml"), withTimeout("soon"));
        assertThatThrownBy(() -> AgentAppspec.load(temp)).isInstanceOfSatisfying(AppspecRejectedException.class,
                e -> assertThat(e.findings()).extracting(Finding::rule, Finding::line, Finding::column)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("AS015", 6, 16)));
    }
}
