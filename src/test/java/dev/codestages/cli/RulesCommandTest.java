package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.RuleDocs;
import dev.codestages.lint.Rules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests {@link RulesCommand}. */
class RulesCommandTest {

    @Test
    void listsEveryRuleOnePerLineWithIdSeverityAndTitle() {
        CliRun run = CliRun.run(Path.of(""), "rules");
        assertThat(run.exit()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout().lines().toList())
                .hasSize(Rules.all().size())
                .contains("YAML001  error    invalid YAML", "BS006    error    unknown phase name",
                        "BS007    warning  unknown key")
                .allMatch(line -> line.matches("(YAML|BS|AS|BN|PL)\\d{3} +(error|warning|info) +[a-z0-9'].*"));
        assertThat(run.stdout().lines().map(line -> line.substring(0, line.indexOf(' '))).toList())
                .containsExactlyElementsOf(Rules.all().stream().map(r -> r.id()).toList());
    }

    @Test
    void markdownIsTheWholeRuleDocumentation() {
        CliRun run = CliRun.run(Path.of(""), "rules", "--markdown");
        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).isEqualTo(RuleDocs.markdown());
    }
}
