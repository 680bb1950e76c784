package dev.codestages.cli;

import dev.codestages.run.Approval;
import dev.codestages.run.DeploymentResult;
import dev.codestages.run.ExecutionResult;
import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The terminal view of a run, readable on a classroom projector: each stage and action as it starts
 * and ends with its duration, command output indented under a prefix, each lifecycle event, and a
 * summary. Colour only on a terminal.
 */
final class LiveView implements RunListener {

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
        out.println(paint("2", "      | ") + line);
        out.flush();
    }

    @Override
    public synchronized void note(String step, String message) {
        out.println(paint("33", "      ! " + message));
        out.flush();
    }

    @Override
    public synchronized void finished(String step, StepStatus status, long durationMs) {
        String code = status == StepStatus.SUCCEEDED ? "32" : status == StepStatus.FAILED ? "31" : "2";
        String time = paint("2", "(" + duration(durationMs) + ")");
        int depth = depth(step);
        if (depth == 0) {
            out.println("== " + step + ": " + paint(code, status.label()) + " " + time);
            out.println();
        } else {
            out.println((depth == 1 ? "  " : "    ") + paint(code, status.label()) + " " + (depth == 1 ? step : leaf(step))
                    + " " + time);
        }
        out.flush();
    }

    Approval.Decision ask(String stage, String action, String customData) {
        Console console = System.console();
        out.println(paint("1;33", "  Manual approval " + stage + "/" + action));
        if (customData != null) {
            out.println("    " + customData);
        }
        out.flush();
        String answer = console == null ? null : console.readLine("    Approve? [y/N] ");
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y") ? Approval.Decision.APPROVED
                : Approval.Decision.REJECTED;
    }

    void summary(ExecutionResult result, Path target) {
        out.println();
        out.println(paint("1", "Execution " + result.executionId() + ": " + result.status().label()));
        for (ExecutionResult.StageRun stage : result.stages()) {
            out.println("  " + pad(stage.name(), 16) + stage.status().label());
        }
        DeploymentResult deployment = result.deployment();
        if (deployment != null) {
            out.println("  deployment " + deployment.id() + ": " + deployment.status().label()
                    + (deployment.rolledBack() ? ", rolled back (" + deployment.rollback().id() + ": "
                    + deployment.rollback().status().label() + ")" : "") + " -> " + target);
        }
        out.flush();
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
