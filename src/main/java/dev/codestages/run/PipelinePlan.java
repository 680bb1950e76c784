package dev.codestages.run;

import java.util.List;
import java.util.Map;

/**
 * The part of a pipeline the local runner needs: stages in order, each with its actions (provider,
 * run order, configuration, artifact names). Built from the pipeline model, or the implicit pipeline
 * of a folder.
 */
public record PipelinePlan(String name, List<StagePlan> stages) {

    public PipelinePlan {
        stages = List.copyOf(stages);
    }

    /** One stage. */
    public record StagePlan(String name, List<ActionPlan> actions) {
        public StagePlan {
            actions = List.copyOf(actions);
        }
    }

    /** One action. */
    public record ActionPlan(String name, String category, String provider, int runOrder,
                             Map<String, String> configuration, List<String> inputArtifacts,
                             List<String> outputArtifacts) {
        public ActionPlan {
            configuration = Map.copyOf(configuration);
            inputArtifacts = List.copyOf(inputArtifacts);
            outputArtifacts = List.copyOf(outputArtifacts);
        }
    }
}
