package dev.codestages.diagram;

import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.ArtifactFlow;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the pipeline model into what a diagram shows, optionally coloured by a run: names as written
 * (a CloudFormation reference as its short form, an absent one as a dash), run orders, and the
 * artifact flows the model derives.
 */
public final class PipelineDiagrams {

    private PipelineDiagrams() {
    }

    public static DiagramModel of(Pipeline pipeline) {
        return of(pipeline, RunStatuses.NONE);
    }

    public static DiagramModel of(Pipeline pipeline, RunStatuses statuses) {
        List<DiagramModel.Stage> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            String stageName = text(stage.name());
            List<DiagramModel.Action> actions = new ArrayList<>();
            for (Action action : stage.actions()) {
                String actionName = text(action.name());
                actions.add(new DiagramModel.Action(actionName, text(action.category()), text(action.provider()),
                        action.runOrderNumber(), statuses.action(stageName, actionName)));
            }
            stages.add(new DiagramModel.Stage(stageName, actions, statuses.stage(stageName)));
        }
        List<DiagramModel.Transition> transitions = new ArrayList<>();
        for (int to = 1; to < stages.size(); to++) {
            transitions.add(new DiagramModel.Transition(to, statuses.disabledTransition(stages.get(to).name())));
        }
        List<DiagramModel.Flow> flows = new ArrayList<>();
        for (ArtifactFlow flow : pipeline.artifactFlows()) {
            flows.add(new DiagramModel.Flow(flow.artifact(), flow.fromStage(), flow.producer(), flow.toStage(),
                    flow.consumer()));
        }
        String title = pipeline.name().isPresent() ? text(pipeline.name()) : "pipeline";
        if (statuses != RunStatuses.NONE && statuses.execution() != null) {
            title = title + " — " + statuses.execution();
        }
        return new DiagramModel(title, stages, flows, transitions);
    }

    private static String text(Value value) {
        return value.isPresent() ? value.text() : "-";
    }
}
