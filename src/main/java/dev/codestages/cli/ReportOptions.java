package dev.codestages.cli;

import dev.codestages.lint.Severity;
import dev.codestages.report.ReportFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options that say how a lint report looks and when it fails: {@code --format}, {@code --fail-on}
 * and {@code --color}, each checked into its typed value. Their defaults are the fields' initial values,
 * which the plain path ({@link PlainLint}) keeps too.
 */
final class ReportOptions {

    private static final List<String> COLOUR_CHOICES = List.of("auto", "always", "never");

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json, sarif, junit, github or html (default: ${DEFAULT-VALUE})")
    private String format = "text";

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "exit 1 when a finding is at or above LEVEL: error, warning, info or never"
                    + " (default: the configuration's fail-on, else error)")
    private String failOn;

    @Option(names = "--color", paramLabel = "WHEN",
            description = "colour the text format: auto, always or never (default: ${DEFAULT-VALUE})")
    private String color = "auto";

    ReportFormat format() throws UsageError {
        List<String> labels = new ArrayList<>();
        for (ReportFormat candidate : ReportFormat.values()) {
            if (candidate.label().equals(format.toLowerCase(Locale.ROOT))) {
                return candidate;
            }
            labels.add(candidate.label());
        }
        throw new UsageError("unknown --format '" + format + "'; expected one of: " + String.join(", ", labels));
    }

    /** The {@code --fail-on} threshold, else {@code configured} (a configuration's), else error; null for never. */
    Severity threshold(String configured) throws UsageError {
        String level = failOn != null ? failOn : configured != null ? configured : "error";
        try {
            return Severity.threshold(level.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("unknown --fail-on '" + failOn + "'; expected error, warning, info or never");
        }
    }

    /** Whether the text report is coloured: {@code always}, or {@code auto} on a terminal that shows colour. */
    boolean colour() throws UsageError {
        if (!COLOUR_CHOICES.contains(color)) {
            throw new UsageError("unknown --color '" + color + "'; expected auto, always or never");
        }
        return color.equals("always") || color.equals("auto") && Terminal.showsColour();
    }
}
