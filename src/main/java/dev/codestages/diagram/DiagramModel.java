package dev.codestages.diagram;

import dev.codestages.pipeline.Status;
import java.util.List;

/**
 * What a diagram shows of a pipeline: its stages in order, each stage's actions with their run order,
 * the artifact hand-overs between actions, and optionally the status of each stage and action from a
 * run. Built from the pipeline model (or any other source) by an adapter; the layout and every
 * renderer read only this. The transitions link each stage to the next, as CodePipeline's do; a run
 * state may show one disabled.
 */
public record DiagramModel(String title, List<Stage> stages, List<Flow> flows, List<Transition> transitions) {

    public DiagramModel {
        stages = List.copyOf(stages);
        flows = List.copyOf(flows);
        transitions = List.copyOf(transitions);
    }

    /** A diagram whose transitions are all enabled (CodePipeline's default). */
    public DiagramModel(String title, List<Stage> stages, List<Flow> flows) {
        this(title, stages, flows, Transition.enabledBetween(stages.size()));
    }

    /**
     * The transition into stage {@code to} from stage {@code to - 1}; {@code disabledReason} is null when
     * it is enabled ("" when disabled without a reason). CodePipeline's TransitionState (API reference)
     * and "Working with stage transitions" (user guide): transitions are enabled by default, and a person
     * can disable one, with a reason, to hold executions before a stage.
     */
    public record Transition(int to, String disabledReason) {

        public boolean enabled() {
            return disabledReason == null;
        }

        public int from() {
            return to - 1;
        }

        static List<Transition> enabledBetween(int stages) {
            List<Transition> all = new java.util.ArrayList<>();
            for (int to = 1; to < stages; to++) {
                all.add(new Transition(to, null));
            }
            return all;
        }
    }

    /** A stage; {@code status} is null when no run is shown. */
    public record Stage(String name, List<Action> actions, Status status) {
        public Stage {
            actions = List.copyOf(actions);
        }
    }

    /** An action; {@code status} is null when no run is shown. */
    public record Action(String name, String category, String provider, int runOrder, Status status) {

        /** True for a manual approval, which the diagram draws as a gate. */
        public boolean isApproval() {
            return "Approval".equals(category) || "Manual".equals(provider);
        }
    }

    /**
     * The artifact {@code artifact} made by action {@code fromAction} of stage {@code fromStage} and taken
     * by action {@code toAction} of stage {@code toStage}: 0-based indexes into {@link #stages()} and
     * {@link Stage#actions()}.
     */
    public record Flow(String artifact, int fromStage, int fromAction, int toStage, int toAction) {
    }
}
