package dev.codestages.pipeline.rules;

import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;

/** How messages name the parts of a pipeline, so that every rule says it the same way. */
final class PartLabels {

    private PartLabels() {
    }

    /** "stage 'Build'", or "a stage" when it has no name. */
    static String stage(Stage stage) {
        return stage.name().isPresent() ? "stage " + stage.name().quoted() : "a stage";
    }

    /** "action 'Build'", or "an action" when it has no name. */
    static String action(Action action) {
        return action.name().isPresent() ? "action " + action.name().quoted() : "an action";
    }

    /** The provider for a message: "CodeBuild action 'Build'". */
    static String typedAction(Action action) {
        return action.provider().isLiteral() ? action.provider().text() + " " + action(action) : action(action);
    }

    /** A key for comparing names: the kind matters, so that a literal never equals a reference. */
    static String identity(Value value) {
        return value.kind().name() + ":" + value.text();
    }
}
