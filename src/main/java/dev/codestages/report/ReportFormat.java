package dev.codestages.report;

import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The output formats of {@code lint --format}, and the writer for each. */
public enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT, GITHUB, HTML;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The writer for this format. {@code rules} documents the rules for the formats that carry it
     * (SARIF, GitHub, HTML), and is asked only by them: the text report loads no rule it does not
     * report; {@code failOn} is the {@code --fail-on} threshold (null for never), which
     * decides the failed test cases of JUnit.
     */
    public ReportWriter writer(boolean colour, Supplier<Map<String, RuleInfo>> rules, String toolVersion,
                               Severity failOn) {
        switch (this) {
            case JSON:
                return new JsonReport();
            case SARIF:
                return new SarifReport(rules.get(), toolVersion);
            case JUNIT:
                return new JunitReport(failOn);
            case GITHUB:
                return new GithubReport(rules.get());
            case HTML:
                return new HtmlReport("codestages lint", java.util.List.of(), rules.get());
            default:
                return new TextReport(colour);
        }
    }
}
