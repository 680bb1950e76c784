package dev.codestages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code codestages lambda}: the local Lambda function store (publish versions, create and move aliases). */
@Command(name = "lambda", mixinStandardHelpOptions = true,
        header = "Publish versions of local Lambda functions and point aliases at them.",
        description = "Keeps functions under .codestages/lambda/<function>/ as Lambda keeps them: numbered,"
                + " immutable versions and aliases that may split invocations between two versions. See docs/lambda.md.",
        subcommands = {LambdaPublishCommand.class, LambdaAliasCommand.class})
final class LambdaCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
