package dev.codestages.run;

import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Artifact;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import java.util.ArrayList;
import java.util.List;

/** Turns the pipeline model (from a definition file or a folder) into the plan the local runner follows. */
public final class PipelinePlans {

    private PipelinePlans() {
    }

    public static PipelinePlan of(Pipeline pipeline) {
        List<PipelinePlan.StagePlan> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            List<PipelinePlan.ActionPlan> actions = new ArrayList<>();
            for (Action action : stage.actions()) {
                actions.add(new PipelinePlan.ActionPlan(text(action.name()), text(action.category()),
                        text(action.provider()), action.runOrderNumber(), action.configuration().asMap(),
                        names(action.inputArtifacts()), names(action.outputArtifacts())));
            }
            stages.add(new PipelinePlan.StagePlan(text(stage.name()), actions));
        }
        return new PipelinePlan(pipeline.name().isPresent() ? pipeline.name().text() : "pipeline", stages);
    }

    private static List<String> names(List<Artifact> artifacts) {
        return artifacts.stream().filter(a -> a.name().isPresent()).map(a -> a.name().text()).toList();
    }

    private static String text(Value value) {
        return value.isPresent() ? value.text() : "";
    }
}
