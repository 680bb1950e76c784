package dev.codestages.console;

import dev.codestages.engine.ActionState;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.StageState;
import dev.codestages.pipeline.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * One status change between two readings of an execution's state: the execution ({@code step} empty), a
 * stage ({@code Stage}) or an action ({@code Stage/Action}, with its provider), in the order a person
 * would see them happen: the execution, then each stage followed by its actions.
 */
record StateChange(String step, String provider, Status status) {

    /** What changed from {@code before} (null: a new execution) to {@code after}. */
    static List<StateChange> between(ExecutionState before, ExecutionState after) {
        List<StateChange> changes = new ArrayList<>();
        if (before == null || before.status() != after.status()) {
            changes.add(new StateChange("", "", after.status()));
        }
        for (StageState stage : after.stages()) {
            StageState old = before == null ? null : before.stage(stage.name());
            Status oldStatus = old == null ? null : old.status();
            boolean ended = stage.status() != null && stage.status().isFinal();
            List<StateChange> actions = new ArrayList<>();
            for (ActionState action : stage.actions()) {
                ActionState previous = old == null ? null : old.action(action.name());
                Status was = previous == null ? null : previous.status();
                if (action.status() != null && action.status() != was) {
                    actions.add(new StateChange(stage.name() + "/" + action.name(), action.provider(), action.status()));
                }
            }
            boolean stageChanged = stage.status() != null && stage.status() != oldStatus;
            // a stage starts before its actions and ends after them
            if (stageChanged && !ended) {
                changes.add(new StateChange(stage.name(), "", stage.status()));
            }
            changes.addAll(actions);
            if (stageChanged && ended) {
                changes.add(new StateChange(stage.name(), "", stage.status()));
            }
        }
        if (!changes.isEmpty() && changes.get(0).step().isEmpty() && after.status().isFinal()) {
            // the execution ends last
            changes.add(changes.remove(0));
        }
        return changes;
    }

    boolean isExecution() {
        return step.isEmpty();
    }

    boolean isAction() {
        return step.contains("/");
    }
}
