package dev.codestages.ci;

import dev.codestages.lint.LintReport;
import dev.codestages.lint.Severity;
import java.util.List;
import java.util.Locale;

/**
 * What a lint step makes of its report: {@code FAILED} when a finding is at or above the
 * {@code failOn} threshold, {@code UNSTABLE} when it is not but an error or warning remains (infos never
 * mark a build), {@code PASSED} otherwise. {@code failOn: 'never'} never fails, so errors make it unstable.
 */
public enum LintVerdict {
    PASSED, UNSTABLE, FAILED;

    /** The {@code failOn} values, most serious first: what a form offers and {@link #threshold} accepts. */
    public static final List<String> FAIL_ON_VALUES = List.of("error", "warning", "info", "never");

    /**
     * The threshold a {@code failOn} value names: {@code error}, {@code warning}, {@code info}, or
     * {@code never} (null).
     *
     * @throws IllegalArgumentException for any other value
     */
    public static Severity threshold(String failOn) {
        String value = failOn == null ? "" : failOn.strip().toLowerCase(Locale.ROOT);
        try {
            return Severity.threshold(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("failOn must be error, warning, info or never, not '" + failOn + "'");
        }
    }

    public static LintVerdict of(LintReport report, Severity failOn) {
        if (report.hasFindingsAtOrAbove(failOn)) {
            return FAILED;
        }
        return report.hasFindingsAtOrAbove(Severity.WARNING) ? UNSTABLE : PASSED;
    }
}
