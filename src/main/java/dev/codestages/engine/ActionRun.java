package dev.codestages.engine;

import dev.codestages.run.RunListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a player gets to play one action: the execution and the pipeline it plays (the model, read once per
 * execution, and its template's deployment groups, so no player reads the definition again), the action's names, its configuration with every
 * variable reference already resolved, its artifacts, a listener that writes the action's log, its own work
 * folder, the local secret values, and the engine's ear for what the action does while it plays
 * ({@link ActionProgress}).
 */
record ActionRun(ExecutionState execution, PlayedPipeline pipeline, String stage, String action, String provider,
                 Map<String, String> configuration, List<String> inputArtifacts, List<String> outputArtifacts,
                 RunListener listener, Path workDir, Path artifactDir, Path store, Map<String, String> secrets,
                 ActionProgress progress) {

    ActionRun {
        configuration = Map.copyOf(configuration);
        inputArtifacts = List.copyOf(inputArtifacts);
        outputArtifacts = List.copyOf(outputArtifacts);
    }

    /** {@code Stage/Action}. */
    String step() {
        return stage + "/" + action;
    }
}
