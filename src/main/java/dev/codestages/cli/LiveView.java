package dev.codestages.cli;

import dev.codestages.engine.ActionState;
import dev.codestages.engine.ApprovalDecider;
import dev.codestages.engine.EngineListener;
import dev.codestages.engine.ExecutionJson;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.StageState;
import dev.codestages.pipeline.Status;
import dev.codestages.run.StepStatus;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The terminal view of an execution, readable on a classroom projector: each stage and action as it
 * starts and ends with its duration and AWS's status word, command output indented under the action's
 * name (actions of one runOrder run side by side), each lifecycle event, and a summary that names every
 * stage, also those that never ran. Colour only on a terminal.
 */
final class LiveView implements EngineListener {

    private final PrintWriter out;
    private final boolean colour;

    LiveView(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    @Override
    public synchronized void started(String step) {
        int depth = depth(step);
        if (depth == 0) {
            out.println(paint("1", "== Stage " + step));
        } else if (depth == 1) {
            out.println(paint("1", "  > " + step));
        } else {
            out.println(paint("36", "    - " + leaf(step)));
        }
        out.flush();
    }

    @Override
    public synchronized void output(String step, String line) {
        out.println(paint("2", "      | " + action(step) + " | ") + line);
        out.flush();
    }

    @Override
    public synchronized void note(String step, String message) {
        out.println(paint("33", "      ! " + message));
        out.flush();
    }

    @Override
    public synchronized void finished(String step, StepStatus status, long durationMs) {
        end(step, status.label(), status == StepStatus.SUCCEEDED ? "32" : status == StepStatus.FAILED ? "31" : "2",
                durationMs);
    }

    @Override
    public synchronized void ended(String step, Status status, long durationMs) {
        end(step, status.label(), colour(status), durationMs);
    }

    private void end(String step, String label, String code, long durationMs) {
        String time = paint("2", "(" + duration(durationMs) + ")");
        int depth = depth(step);
        if (depth == 0) {
            out.println("== " + step + ": " + paint(code, label) + " " + time);
            out.println();
        } else {
            out.println((depth == 1 ? "  " : "    ") + paint(code, label) + " " + (depth == 1 ? step : leaf(step))
                    + " " + time);
        }
        out.flush();
    }

    private static String colour(Status status) {
        if (status == null) {
            return "2";
        }
        switch (status) {
            case SUCCEEDED:
                return "32";
            case FAILED:
                return "31";
            case STUBBED:
            case IN_PROGRESS:
                return "33";
            default:
                return "2";
        }
    }

    /**
     * Asks at the terminal: {@code y}/{@code yes} approves, {@code n}/{@code no} rejects, anything else asks
     * again, and the end of input leaves the approval pending.
     */
    ApprovalDecider.Answer ask(String step, String customData, String externalEntityLink) {
        Console console = System.console();
        synchronized (this) {
            out.println(paint("1;33", "  Manual approval " + step));
            if (customData != null) {
                out.println("    " + customData);
            }
            if (externalEntityLink != null) {
                out.println("    " + externalEntityLink);
            }
            out.flush();
        }
        while (console != null) {
            String answer = console.readLine("    Approve? [y/n] ");
            if (answer == null) {
                break;
            }
            String word = answer.trim().toLowerCase(Locale.ROOT);
            if (word.equals("y") || word.equals("yes")) {
                return new ApprovalDecider.Answer(ApprovalDecider.Decision.APPROVED, "approved at the terminal");
            }
            if (word.equals("n") || word.equals("no")) {
                return new ApprovalDecider.Answer(ApprovalDecider.Decision.REJECTED, "rejected at the terminal");
            }
            out.println("    Please answer y or n (end of input leaves the approval waiting).");
            out.flush();
        }
        return new ApprovalDecider.Answer(ApprovalDecider.Decision.PENDING, null);
    }

    /** Every stage and action with its status ("-" when it never started), and how to decide a waiting approval. */
    void summary(ExecutionState execution) {
        out.println();
        out.println(paint("1", "Execution " + execution.executionId() + " (" + execution.pipelineName() + "): "
                + execution.status().label()));
        for (StageState stage : execution.stages()) {
            out.println("  " + pad(stage.name(), 16) + label(stage.status()));
            for (ActionState action : stage.actions()) {
                String line = "    " + pad(action.name(), 14) + label(action.status());
                ActionState.Deployment deployment = action.deployment();
                if (deployment != null) {
                    line += "  deployment " + deployment.deploymentId() + " (" + deployment.applicationName() + "/"
                            + deployment.deploymentGroupName() + "): " + deployment.status()
                            + (deployment.rolledBack() ? ", rolled back" : "");
                }
                out.println(line);
                if (deployment != null && !deployment.instances().isEmpty()) {
                    out.println("      instances: " + String.join(", ", deployment.instances().stream()
                            .map(instance -> instance.instanceId() + " " + instance.status()).toList()));
                }
            }
        }
        if (execution.statusSummary() != null) {
            out.println("  " + execution.statusSummary());
        }
        if (execution.waitingAt() != null) {
            out.println();
            out.println(paint("1;33", "Waiting at the disabled transition into " + execution.waitingAt() + "."));
            out.println("Let it in with:");
            out.println("  codestages transition enable " + execution.waitingAt());
        }
        for (String step : execution.pendingApprovals()) {
            ActionState.Approval approval = execution.action(step).orElseThrow().approval();
            out.println();
            out.println(paint("1;33", "Waiting for approval " + step + " (until "
                    + ExecutionJson.record(approval.expires()) + ")."));
            if (approval.customData() != null) {
                out.println("  " + approval.customData());
            }
            if (approval.externalEntityLink() != null) {
                out.println("  " + approval.externalEntityLink());
            }
            out.println("Decide with:");
            out.println("  codestages approve " + execution.executionId() + " --action " + step + " [--comment TEXT]");
            out.println("  codestages reject " + execution.executionId() + " --action " + step + " [--comment TEXT]");
        }
        out.flush();
    }

    private String label(Status status) {
        return status == null ? paint("2", "-") : paint(colour(status), status.label());
    }

    /**
     * The action a step belongs to ({@code Stage/Action/phase} gives {@code Action}), for output prefixes; a
     * deployment's step names its instance first ({@code Stage/Action/i-2 ApplicationStart}), which the
     * prefix keeps ({@code Action i-2}), so that the lines of each instance can be told apart.
     */
    private static String action(String step) {
        String[] parts = step.split("/", -1);
        if (parts.length > 2 && parts[2].indexOf(' ') > 0) {
            return parts[1] + " " + parts[2].substring(0, parts[2].indexOf(' '));
        }
        return parts.length > 1 ? parts[1] : step;
    }

    private static String duration(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static int depth(String step) {
        return (int) step.chars().filter(c -> c == '/').count();
    }

    private static String leaf(String step) {
        return step.substring(step.lastIndexOf('/') + 1);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private String paint(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
