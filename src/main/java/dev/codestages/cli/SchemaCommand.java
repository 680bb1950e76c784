package dev.codestages.cli;

import dev.codestages.schema.SpecSchemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codestages schema KIND}: prints the JSON Schema of a spec format, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true, header = "Print the JSON Schema of a spec format, for editors.",
        description = "Prints a JSON Schema (draft-07) made from the linter's own models; the same files are in schemas/.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "buildspec, appspec or pipeline (the CodePipeline API structure)")
    private String kind;

    @Override
    public Integer call() {
        String schema = SpecSchemas.of(kind);
        if (schema == null) {
            String why = "unknown kind '" + kind + "'; expected one of: " + String.join(", ", SpecSchemas.KINDS);
            spec.commandLine().getErr().println("codestages schema: " + why);
            return ExitCodes.USAGE;
        }
        spec.commandLine().getOut().print(schema);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
