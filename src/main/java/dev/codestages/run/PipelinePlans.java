package dev.codestages.run;

import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Artifact;
import dev.codestages.pipeline.Configuration;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineVariable;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the pipeline model (from a definition file or a folder) into the plan the local runner follows.
 * It reads only the model: no key of any pipeline format is named here.
 */
public final class PipelinePlans {

    /**
     * The execution mode when the pipeline gives none.
     *
     * @see <a href="https://docs.aws.amazon.com/codepipeline/latest/userguide/concepts-how-it-works.html">How pipeline executions work</a> ("SUPERSEDED ... This is the default")
     */
    static final String DEFAULT_EXECUTION_MODE = "SUPERSEDED";

    private PipelinePlans() {
    }

    public static PipelinePlan of(Pipeline pipeline) {
        List<PipelinePlan.StagePlan> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<PipelinePlan.ActionPlan> actions = new ArrayList<>();
            for (Action action : stage.actions()) {
                actions.add(new PipelinePlan.ActionPlan(text(action.name()), text(action.category()),
                        text(action.provider()), action.runOrderNumber(), action.configuration().asMap(),
                        names(action.inputArtifacts()), names(action.outputArtifacts()), text(action.namespace()),
                        text(action.region()), action.variableReferences(), deployTimeSettings(action)));
            }
            stages.add(new PipelinePlan.StagePlan(text(stage.name()), actions));
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (PipelineVariable variable : pipeline.variables()) {
            if (variable.name().isLiteral()) {
                variables.put(variable.name().text(), text(variable.defaultValue()));
            }
        }
        String mode = pipeline.executionMode().isLiteral() ? pipeline.executionMode().text() : DEFAULT_EXECUTION_MODE;
        return new PipelinePlan(pipeline.name().isPresent() ? pipeline.name().text() : "pipeline", stages, mode,
                variables);
    }

    private static List<String> deployTimeSettings(Action action) {
        List<String> keys = new ArrayList<>();
        for (Configuration.Setting setting : action.configuration().settings()) {
            if (setting.value().kind() == Value.Kind.REFERENCE) {
                keys.add(setting.key().text());
            }
        }
        return keys;
    }

    private static List<String> names(List<Artifact> artifacts) {
        return artifacts.stream().filter(a -> a.name().isPresent()).map(a -> a.name().text()).toList();
    }

    private static String text(Value value) {
        return value.isPresent() ? value.text() : "";
    }
}
