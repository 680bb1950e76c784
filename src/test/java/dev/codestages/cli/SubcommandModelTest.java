package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command line that names a subcommand reads only that subcommand's options (the cold start of
 * {@code lint --fail-on error F}); the help, {@code help NAME} and a misspelt name still see every one.
 */
class SubcommandModelTest {

    private static List<String> subcommands(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return List.copyOf(Codestages.commandLine(sink, sink, List.of(args)).getSubcommands().keySet());
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneRead() {
        assertThat(subcommands("lint", "--fail-on", "error", "buildspec.yml")).containsExactly("lint");
        assertThat(subcommands("transition", "enable", "Deploy")).containsExactly("transition");
    }

    @Test
    void theHelpAndAMisspeltNameSeeEverySubcommandInTheHelpOrder() {
        List<String> all = subcommands();
        assertThat(all).startsWith("lint", "rules", "explain", "schema", "diagram", "run").endsWith("help")
                .hasSize(19);
        assertThat(subcommands("--help")).isEqualTo(all);
        assertThat(subcommands("help", "lint")).isEqualTo(all);
        assertThat(subcommands("lnt", "buildspec.yml")).isEqualTo(all);
    }

    @Test
    void aMisspeltNameIsStillSuggestedTheRightOne() {
        StringWriter err = new StringWriter();
        PrintWriter out = new PrintWriter(new StringWriter());
        int code = Codestages.run(new String[] {"lnt", "buildspec.yml"}, out, new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("did you mean 'lint'?");
    }
}
