package dev.codestages.engine;

import dev.codestages.codedeploy.lambda.LambdaStore;
import dev.codestages.codedeploy.lambda.LocalFunctions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

/**
 * The functions an action runs (a Lambda invoke action, the hooks of a Lambda or ECS deployment): the
 * {@code --function} commands, the functions of the execution's CloudFormation template and the project's
 * function store, in that order ({@link LocalFunctions}); inline code is written to the action's work folder.
 */
final class ActionFunctions {

    private ActionFunctions() {
    }

    static LocalFunctions of(ActionRun run, Map<String, String> commands) throws IOException {
        ExecutionSetup setup = run.execution().setup();
        Path template = setup.pipelineFile();
        return LocalFunctions.of(commands, template, setup.repository(), run.workDir(), LambdaStore.in(run.store()),
                new Random());
    }
}
