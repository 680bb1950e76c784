package dev.codestages.run;

import dev.codestages.pipeline.VariableReference;
import java.util.List;
import java.util.Map;

/**
 * The part of a pipeline the local runner needs: stages in order, each with its actions (provider,
 * run order, configuration, artifact names, namespace, variable references), the execution mode and the
 * pipeline-level variables. Built from the pipeline model only ({@link PipelinePlans}), whatever the
 * pipeline was read from: a definition file or the implicit pipeline of a folder.
 *
 * @param name          the pipeline name ({@code pipeline} when the definition leaves it to the stack)
 * @param stages        in execution order
 * @param executionMode {@code SUPERSEDED} (the AWS default when none is given), {@code QUEUED} or {@code PARALLEL}
 * @param variables     the pipeline-level variables by name, with their default value ("" when none)
 */
public record PipelinePlan(String name, List<StagePlan> stages, String executionMode, Map<String, String> variables) {

    public PipelinePlan {
        stages = List.copyOf(stages);
        variables = Map.copyOf(variables);
    }

    /** One stage. */
    public record StagePlan(String name, List<ActionPlan> actions) {
        public StagePlan {
            actions = List.copyOf(actions);
        }
    }

    /**
     * One action.
     *
     * @param configuration       the settings as text
     * @param namespace           the namespace its output variables are published under, "" when none
     * @param region              the Region of a cross-Region action, "" when it runs in the pipeline's
     * @param variableReferences  the {@code #{namespace.variable}} references in its values, to resolve when it runs
     * @param deployTimeSettings  the configuration keys whose value is known only when a CloudFormation stack
     *                            is deployed (an unresolved intrinsic): a runner cannot play them as written
     */
    public record ActionPlan(String name, String category, String provider, int runOrder,
                             Map<String, String> configuration, List<String> inputArtifacts,
                             List<String> outputArtifacts, String namespace, String region,
                             List<VariableReference> variableReferences, List<String> deployTimeSettings) {
        public ActionPlan {
            configuration = Map.copyOf(configuration);
            inputArtifacts = List.copyOf(inputArtifacts);
            outputArtifacts = List.copyOf(outputArtifacts);
            variableReferences = List.copyOf(variableReferences);
            deployTimeSettings = List.copyOf(deployTimeSettings);
        }
    }
}
