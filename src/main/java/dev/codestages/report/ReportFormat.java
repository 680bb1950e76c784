package dev.codestages.report;

import dev.codestages.lint.RuleInfo;
import java.util.Locale;
import java.util.Map;

/** The output formats of {@code lint --format}, and the writer for each. */
public enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT, GITHUB;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The writer for this format; {@code rules} documents the rules for formats that carry it (SARIF). */
    public ReportWriter writer(boolean colour, Map<String, RuleInfo> rules, String toolVersion) {
        switch (this) {
            case JSON:
                return new JsonReport();
            default:
                return new TextReport(colour);
        }
    }
}
