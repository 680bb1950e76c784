package dev.codestages.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.lint.Finding;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {

    @TempDir
    Path temp;

    private ProjectConfig read(String text) throws IOException, ConfigException {
        Path file = temp.resolve(".codestages.yml");
        Files.writeString(file, text);
        return ConfigReader.read(file, ".codestages.yml");
    }

    private static Finding finding(String rule, Severity severity) {
        return new Finding(rule, severity, "x.yml", new Position(3, 1), "message", null);
    }

    @Test
    void theExampleInitWritesIsAValidConfigurationThatIgnoresLegacy() throws Exception {
        ProjectConfig config = read(ConfigExample.text());

        assertThat(config.failOn()).isEqualTo("error");
        assertThat(config.ignores(temp.resolve("legacy/buildspec.yml"))).isTrue();
        assertThat(config.ignores(temp.resolve("buildspec.yml"))).isFalse();
    }

    @Test
    void aRuleTurnedOffDropsItsFindingsAndAnotherRuleChangesSeverity() throws Exception {
        ProjectConfig config = read("rules:\n  BS007: off\n  bs006: warning\n");
        Path file = temp.resolve("buildspec.yml");

        assertThat(config.apply(finding("BS007", Severity.WARNING), file)).isNull();
        assertThat(config.apply(finding("BS006", Severity.ERROR), file).severity()).isEqualTo(Severity.WARNING);
        assertThat(config.apply(finding("BS009", Severity.ERROR), file).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anOverrideAppliesOnlyUnderItsGlobsAndWinsOverTheTopLevelSetting() throws Exception {
        ProjectConfig config = read("""
                rules: {BS006: warning}
                overrides:
                  - files: ["deploy/**"]
                    rules: {BS006: off}
                  - files: [deploy/keep]
                    rules: {BS006: on}
                """);

        assertThat(config.apply(finding("BS006", Severity.ERROR), temp.resolve("deploy/a/buildspec.yml"))).isNull();
        assertThat(config.apply(finding("BS006", Severity.ERROR), temp.resolve("deploy/keep/buildspec.yml"))
                .severity()).isEqualTo(Severity.ERROR);
        assertThat(config.apply(finding("BS006", Severity.ERROR), temp.resolve("buildspec.yml")).severity())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void everyOptionDefaultAndThePlaceholderPolicyAreRead() throws Exception {
        Files.createDirectories(temp.resolve("bundle"));
        ProjectConfig config = read("fail-on: info\nplatform: ECS\nbundle: bundle\nplaceholders: ignore\n");

        assertThat(config.failOn()).isEqualTo("info");
        assertThat(config.platform()).isEqualTo("ecs");
        assertThat(config.bundle()).isEqualTo(temp.resolve("bundle").toAbsolutePath().normalize());
        assertThat(config.placeholders()).isEqualTo("ignore");
    }

    @Test
    void everyMistakeIsReportedAtItsLineAndColumnAtOnce() {
        assertThatThrownBy(() -> read("""
                rules:
                  BS07: off
                  BS006: loud
                overrides:
                  - rules: {BS006: off}
                    file: [x]
                placeholder: warning
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        ".codestages.yml:2:3: no rule 'BS07'; did you mean 'BS007'? ('codestages rules' lists them)",
                        ".codestages.yml:3:10: 'BS006' is 'loud'; expected off, on, error, warning, info",
                        ".codestages.yml:6:5: unknown key 'file'; did you mean 'files'?",
                        ".codestages.yml:5:5: an override needs 'files', the globs of the paths it applies to",
                        ".codestages.yml:7:1: unknown key 'placeholder'; did you mean 'placeholders'?"));
    }

    @Test
    void aSyntaxErrorIsReportedWithItsPosition() {
        assertThatThrownBy(() -> read("rules: {BS007: off\n"))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.problems()).singleElement().asString().startsWith(".codestages.yml:2:1: "));
    }

    @Test
    void theConfigurationIsFoundUpwardButNotAboveTheRepositoryRoot() throws Exception {
        Path repo = temp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Files.createDirectories(repo.resolve("ci/deep"));
        Files.writeString(temp.resolve(".codestages.yml"), "rules: {}\n");

        assertThat(ConfigFile.find(repo.resolve("ci/deep"))).isEmpty();
        Files.writeString(repo.resolve(".codestages.yml"), "rules: {}\n");
        assertThat(ConfigFile.find(repo.resolve("ci/deep/buildspec.yml"))).contains(repo.resolve(".codestages.yml")
                .toAbsolutePath().normalize());
    }
}
