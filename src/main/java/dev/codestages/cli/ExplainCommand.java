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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages explain ID}: prints one rule's documentation, with its examples and their output. */
@Command(name = "explain", mixinStandardHelpOptions = true, header = "Explain one rule, with examples.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "a rule id such as BS006")
    private String id;

    @Override
    public Integer call() {
        Optional<Rule> rule = Rules.byId(id.toUpperCase(Locale.ROOT));
        if (rule.isEmpty()) {
            String hint = DidYouMean.hint(id.toUpperCase(Locale.ROOT), Rules.all().stream().map(Rule::id).toList());
            spec.commandLine().getErr().println("codestages explain: no rule '" + id + "'"
                    + (hint == null ? "" : "; " + hint) + " ('codestages rules' lists them)");
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().print(RuleDocs.section(rule.get().info()));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
