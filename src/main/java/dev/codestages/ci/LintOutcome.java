package dev.codestages.ci;

import dev.codestages.lint.LintReport;
import dev.codestages.lint.Severity;
import dev.codestages.report.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lint step's result: the report, the verdict under {@code failOn} (null for never), and where
 * the SARIF file was written (relative to the workspace; null when none was asked for).
 */
public record LintOutcome(LintReport report, Severity failOn, String sarif) {

    public LintVerdict verdict() {
        return LintVerdict.of(report, failOn);
    }

    /**
     * The findings as the CLI's text format prints them, one log line each, then the summary line and
     * where the SARIF report went.
     */
    public List<String> logLines() {
        StringBuilder text = new StringBuilder();
        try {
            new TextReport(false).write(report, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sarif != null) {
            text.append("SARIF report written to ").append(sarif).append('\n');
        }
        return text.toString().lines().toList();
    }

    /**
     * The step's return value: {@code errors}, {@code warnings}, {@code infos} and {@code files} as
     * Integers in a {@link LinkedHashMap}, a plain JDK type that Pipeline can keep in its program state
     * and a sandboxed Jenkinsfile can read ({@code result.errors}).
     */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("errors", (int) report.count(Severity.ERROR));
        summary.put("warnings", (int) report.count(Severity.WARNING));
        summary.put("infos", (int) report.count(Severity.INFO));
        summary.put("files", report.files().size());
        return summary;
    }

    /** One line for the build result: the counts, and why the build fails or turns unstable. */
    public String message() {
        int files = report.files().size();
        String counts = files + (files == 1 ? " file" : " files") + " checked: "
                + plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning") + ", "
                + report.count(Severity.INFO) + " info";
        switch (verdict()) {
            case FAILED:
                return counts + "; findings at or above failOn '" + failOn.label() + "'";
            case UNSTABLE:
                return counts + "; below failOn '" + (failOn == null ? "never" : failOn.label())
                        + "', so the build is unstable";
            default:
                return counts;
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
