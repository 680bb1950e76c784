package dev.codestages.cli;

import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleDocs;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Rules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code codestages rules}: lists every rule, or writes the whole rule documentation. */
@Command(name = "rules", mixinStandardHelpOptions = true, header = "List every rule (id, severity, title).")
final class RulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--markdown", description = "print the full documentation of every rule (docs/rules.md)")
    private boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(RuleDocs.markdown());
        } else {
            for (Rule rule : Rules.all()) {
                RuleInfo info = rule.info();
                out.printf("%-8s %-8s %s%n", info.id(), info.severity().label(), info.title());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
