package dev.codestages.cli;

import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleDocs;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Rules;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (one line a rule) or json (an array of id, severity, kind, title, source)"
                    + " (default: ${DEFAULT-VALUE})")
    private String format = "text";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("codestages rules: unknown --format '" + format
                    + "'; expected text or json");
            return ExitCodes.USAGE;
        }
        if (markdown) {
            out.print(RuleDocs.markdown());
        } else if (format.equals("json")) {
            out.print(json());
        } else {
            for (Rule rule : Rules.all()) {
                RuleInfo info = rule.info();
                out.printf("%-8s %-8s %s%n", info.id(), info.severity().label(), info.title());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Every rule as a JSON array, for scripts and editor plugins: the fields of the text listing, and more. */
    private static String json() {
        java.io.StringWriter text = new java.io.StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Rule rule : Rules.all()) {
                RuleInfo info = rule.info();
                json.writeStartObject();
                json.writeStringField("id", info.id());
                json.writeStringField("severity", info.severity().label());
                json.writeStringField("kind", info.kind().label());
                json.writeStringField("title", info.title());
                json.writeStringField("source", info.source());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
        }
        return text + "\n";
    }
}
