package dev.codestages.engine;

import dev.codestages.pipeline.VariableReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables an action may reference, {@code Namespace.Name} to value, and the resolution of
 * {@code #{Namespace.Name}} in every string of its configuration. The engine takes the scope just before a
 * runOrder group starts, so an action sees the reserved {@code codepipeline} namespace, the pipeline-level
 * {@code variables}, and the namespaces of actions that finished in earlier stages or at a lower runOrder,
 * never those of actions running beside it, as the CodePipeline user guide's variables reference says
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-variables.html: "Namespaces",
 * "Variable scope"). The reference grammar is the pipeline model's ({@link VariableReference#replace}).
 */
final class VariableScope {

    /** A configuration with its references replaced, or the references that could not be. */
    record Resolution(Map<String, String> configuration, List<String> unresolved) {
    }

    private final Map<String, String> visible;

    VariableScope(Map<String, String> visible) {
        this.visible = Map.copyOf(visible);
    }

    Resolution resolve(Map<String, String> configuration) {
        Map<String, String> resolved = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        for (Map.Entry<String, String> setting : configuration.entrySet()) {
            resolved.put(setting.getKey(), resolve(setting.getValue(), unresolved));
        }
        return new Resolution(resolved, unresolved);
    }

    private String resolve(String text, List<String> unresolved) {
        return VariableReference.replace(text, name -> {
            String value = visible.get(name);
            if (value == null && !unresolved.contains(name)) {
                unresolved.add(name);
            }
            return value;
        });
    }

    /**
     * The failure CodePipeline reports for an action whose references cannot be resolved, as seen in public
     * (aws-samples/ecs-blue-green-deployment-with-codedeploy#4), with the references named after it.
     */
    static String unresolvedMessage(String action, List<String> unresolved) {
        return "An action in this pipeline failed because one or more variables could not be resolved: Action name="
                + action + " (unresolved: " + String.join(", ", unresolved.stream().map(n -> "#{" + n + "}").toList())
                + ")";
    }
}
