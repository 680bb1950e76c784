package dev.codestages.cli;

import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleDocs;
import dev.codestages.lint.Rules;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages explain ID}: prints one rule's documentation, with its examples and their output. */
@Command(name = "explain", mixinStandardHelpOptions = true, header = "Explain one rule, with examples.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "a rule id such as BS006")
    private String id;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (for a terminal) or markdown (as in docs/rules.md) (default: ${DEFAULT-VALUE})")
    private String format = "text";

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("markdown")) {
            spec.commandLine().getErr().println("codestages explain: unknown --format '" + format
                    + "'; expected text or markdown");
            return ExitCodes.USAGE;
        }
        Optional<Rule> rule = Rules.byId(id.toUpperCase(Locale.ROOT));
        if (rule.isEmpty()) {
            String hint = DidYouMean.hint(id.toUpperCase(Locale.ROOT), Rules.all().stream().map(Rule::id).toList());
            spec.commandLine().getErr().println("codestages explain: no rule '" + id + "'"
                    + (hint == null ? "" : "; " + hint) + " ('codestages rules' lists them)");
            return ExitCodes.USAGE;
        }
        String markdown = RuleDocs.section(rule.get().info());
        spec.commandLine().getOut().print(format.equals("markdown") ? markdown : MarkdownForTerminal.render(markdown));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
