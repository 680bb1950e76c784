package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codestages.lint.Rules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conventions users bring from other linters: stdin, globs, --quiet, --version everywhere, rules as JSON. */
class LintConventionsTest {

    @TempDir
    Path temp;

    private static final String BUILDSPEC = "version: 0.2\nphases:\n  build:\n    comands:\n      - make\n";

    private CliRun lintStdin(String input, String... args) {
        return CliRun.run(temp, cli -> ((LintCommand) cli.getSubcommands().get("lint").getCommand())
                .stdin(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))), List.of(args));
    }

    @Test
    void standardInputIsLintedAsStdinOfTheKindItsContentSays() {
        CliRun run = lintStdin(BUILDSPEC, "lint", "--no-config", "-");

        assertThat(run.stdout()).startsWith("<stdin> (buildspec)\n<stdin>:4:5: warning [BS007]");
        assertThat(run.exit()).isZero();
    }

    @Test
    void stdinFilenameNamesStandardInputAndItsNameTellsTheKind() {
        CliRun run = lintStdin("version: 1.0\nos: linux\n", "lint", "--no-config", "--stdin-filename",
                "deploy/appspec.yml", "-");

        assertThat(run.stdout()).startsWith("deploy/appspec.yml (appspec)\ndeploy/appspec.yml:1:10: error [AS002]");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aGlobThatMatchesNothingIsAUsageErrorNamingIt() {
        CliRun run = CliRun.run(temp, "lint", "ci/*.yml");

        assertThat(run.stderrLines()).containsExactly("codestages lint: no file matches 'ci/*.yml'");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aGlobWithTwoStarsCrossesFolders() throws IOException {
        Files.createDirectories(temp.resolve("a/b"));
        Files.writeString(temp.resolve("a/b/build.yml"), BUILDSPEC);
        Files.writeString(temp.resolve("a/other.txt"), BUILDSPEC);

        CliRun run = CliRun.run(temp, "lint", "--format", "github", "a/**.yml");

        assertThat(run.stdout()).contains("file=a/b/build.yml,line=4,col=5").doesNotContain("other.txt");
    }

    @Test
    void quietShowsErrorsOnlyButFailOnStillSeesWarnings() throws IOException {
        Files.writeString(temp.resolve("buildspec.yml"), BUILDSPEC);

        CliRun run = CliRun.run(temp, "lint", "--quiet", "--fail-on", "warning", "buildspec.yml");

        assertThat(run.stdout()).doesNotContain("BS007");
        assertThat(run.exit()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void failOnInfoFailsOnAnInfoFinding() throws IOException {
        Files.writeString(temp.resolve("buildspec.yml"), "version: 0.1\nphases:\n  build:\n    commands:\n      - make\n");

        assertThat(CliRun.run(temp, "lint", "buildspec.yml").exit()).isZero();
        assertThat(CliRun.run(temp, "lint", "--fail-on", "info", "buildspec.yml").exit()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        for (String sub : List.of("lint", "rules", "explain", "diagram", "run", "init")) {
            CliRun run = CliRun.run(temp, sub, "--version");
            assertThat(run.stdout()).as(sub).isEqualTo("codestages " + Version.current() + "\n");
            assertThat(run.exit()).isZero();
        }
    }

    @Test
    void rulesAsJsonListEveryRuleWithItsSeverity() throws IOException {
        JsonNode rules = new ObjectMapper().readTree(CliRun.run(temp, "rules", "--format", "json").stdout());

        assertThat(rules).hasSize(Rules.all().size());
        assertThat(rules.get(0).get("id").asText()).isEqualTo(Rules.all().get(0).id());
        assertThat(rules.get(0).get("severity").asText()).isEqualTo(Rules.all().get(0).info().severity().label());
    }

    @Test
    void explainPrintsPlainTextForATerminalAndMarkdownOnRequest() {
        String text = CliRun.run(temp, "explain", "BS007").stdout();
        String markdown = CliRun.run(temp, "explain", "--format", "markdown", "BS007").stdout();

        assertThat(text).startsWith("BS007: unknown key\n==================\n").doesNotContain("<a id", "**", "```");
        assertThat(text).contains("\n    version: 0.2\n");
        assertThat(markdown).startsWith("<a id=\"BS007\"></a>\n### BS007: unknown key");
    }

    @Test
    void aConfigurationTurnsARuleOffAndNoConfigIgnoresIt() throws IOException {
        Files.writeString(temp.resolve("buildspec.yml"), BUILDSPEC);
        Files.writeString(temp.resolve(".codestages.yml"), "rules: {BS007: off}\n");

        assertThat(CliRun.run(temp, "lint", "buildspec.yml").stdout()).doesNotContain("BS007");
        assertThat(CliRun.run(temp, "lint", "--no-config", "buildspec.yml").stdout()).contains("BS007");
        assertThat(CliRun.run(temp, "lint", "--config", "missing.yml", "buildspec.yml").stderrLines())
                .containsExactly("codestages lint: --config 'missing.yml' is not a file");
    }
}
