package dev.codestages.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code codestages transition disable|enable STAGE}: the inbound transitions between stages, as
 * DisableStageTransition and EnableStageTransition (https://docs.aws.amazon.com/codepipeline/latest/userguide/transitions.html).
 */
@Command(name = "transition", mixinStandardHelpOptions = true,
        header = "Disable or enable the transition into a stage.",
        subcommands = {TransitionDisableCommand.class, TransitionEnableCommand.class})
final class TransitionCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
