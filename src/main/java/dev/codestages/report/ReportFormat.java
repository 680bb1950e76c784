package dev.codestages.report;

import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.util.Locale;
import java.util.Map;

/** The output formats of {@code lint --format}, and the writer for each. */
public enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT, GITHUB, HTML;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The writer for this format. {@code rules} documents the rules for the formats that carry it
     * (SARIF, GitHub); {@code failOn} is the {@code --fail-on} threshold (null for never), which
     * decides the failed test cases of JUnit.
     */
    public ReportWriter writer(boolean colour, Map<String, RuleInfo> rules, String toolVersion, Severity failOn) {
        switch (this) {
            case JSON:
                return new JsonReport();
            case SARIF:
                return new SarifReport(rules, toolVersion);
            case JUNIT:
                return new JunitReport(failOn);
            case GITHUB:
                return new GithubReport(rules);
            case HTML:
                return new HtmlReport("codestages lint", null, rules);
            default:
                return new TextReport(colour);
        }
    }
}
