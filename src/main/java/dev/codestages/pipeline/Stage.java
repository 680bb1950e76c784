package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stage: a named list of actions. Actions with the same run order run in parallel; a larger run order
 * runs after every action of the smaller one has succeeded.
 *
 * @param name     unique within the pipeline
 * @param actions  in file order
 * @param at       where the stage's declaration starts
 * @param complete false when some actions are not known: decided at deploy time (a CloudFormation
 *                 {@code Fn::If} in place of an action or of the whole list) or unreadable (the reader
 *                 reported why), so counts and look-ups may be short
 */
public record Stage(Value name, List<Action> actions, Position at, boolean complete) {

    public Stage {
        actions = List.copyOf(actions);
    }

    /**
     * The actions grouped by run order, smallest first; inside a group, in file order. Each group runs in
     * parallel, the groups one after another: this is the layout of a stage and the order a runner follows.
     */
    public List<List<Action>> runOrderGroups() {
        Map<Integer, List<Action>> groups = new TreeMap<>();
        for (Action action : actions) {
            groups.computeIfAbsent(action.runOrderNumber(), k -> new ArrayList<>()).add(action);
        }
        List<List<Action>> ordered = new ArrayList<>(groups.size());
        for (List<Action> group : groups.values()) {
            ordered.add(List.copyOf(group));
        }
        return List.copyOf(ordered);
    }

    /** True when the stage holds a manual approval. */
    public boolean hasApproval() {
        return actions.stream().anyMatch(Action::isApproval);
    }

    /** Where to point at this stage: its name, or its start when it has no name. */
    public Position nameAt() {
        return name.isPresent() ? name.at() : at;
    }
}
