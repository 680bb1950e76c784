package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.RuleDocs;
import dev.codestages.lint.Rules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests {@link ExplainCommand}. */
class ExplainCommandTest {

    private static final Path HERE = Path.of("");

    @Test
    void printsTheRuleSectionWithExamplesAndTheirRealOutput() {
        CliRun run = CliRun.run(HERE, "explain", "--format", "markdown", "BS006");
        assertThat(run.exit()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo(RuleDocs.section(Rules.byId("BS006").orElseThrow().info()));
        assertThat(run.stdout())
                .startsWith("<a id=\"BS006\"></a>\n### BS006: unknown phase name\n")
                .contains("Severity: **error**")
                .contains("buildspec.yml:3:3: error [BS006] unknown phase 'prebuild'")
                .contains("    hint: did you mean 'pre_build'?")
                .contains("  pre_build:");
    }

    @Test
    void acceptsALowerCaseId() {
        assertThat(CliRun.run(HERE, "explain", "bs006").stdout()).isEqualTo(CliRun.run(HERE, "explain", "BS006").stdout());
    }

    @Test
    void unknownIdExitsTwoAndPointsToTheRuleList() {
        CliRun run = CliRun.run(HERE, "explain", "NOPE");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("codestages explain: no rule 'NOPE' ('codestages rules' lists them)\n");
    }

    @Test
    void mistypedIdExitsTwoWithADidYouMean() {
        CliRun run = CliRun.run(HERE, "explain", "BS06");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr())
                .isEqualTo("codestages explain: no rule 'BS06'; did you mean 'BS006'? ('codestages rules' lists them)\n");
    }

    @Test
    void missingIdIsAUsageError() {
        CliRun run = CliRun.run(HERE, "explain");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines()).singleElement().asString()
                .isEqualTo("codestages explain: Missing required parameter: 'ID' (try 'codestages explain --help')");
    }
}
