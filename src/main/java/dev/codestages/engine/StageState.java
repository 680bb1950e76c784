package dev.codestages.engine;

import dev.codestages.pipeline.Status;
import java.util.List;

/**
 * One stage of an execution: its status (null while no execution has entered it) and its actions in
 * declaration order.
 */
public final class StageState {

    private final String name;
    private final List<ActionState> actions;
    private Status status;

    public StageState(String name, List<ActionState> actions) {
        this.name = name;
        this.actions = List.copyOf(actions);
    }

    public String name() {
        return name;
    }

    public List<ActionState> actions() {
        return actions;
    }

    public synchronized Status status() {
        return status;
    }

    synchronized void status(Status status) {
        this.status = status;
    }

    /** The action called {@code name}, or null. */
    public ActionState action(String actionName) {
        return actions.stream().filter(a -> a.name().equals(actionName)).findFirst().orElse(null);
    }
}
