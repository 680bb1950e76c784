package dev.codestages.lint;

import dev.codestages.yaml.Position;
import java.util.Comparator;

/**
 * One problem in one file: which rule, how bad, where (1-based line and column of the exact key or
 * value), what is wrong and, where we can tell, how to fix it ({@code hint} may be null).
 */
public record Finding(String rule, Severity severity, String file, Position at, String message, String hint) {

    /** The one order every output uses: file, line, column, rule, then message for stability. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparing(Finding::at)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public int line() {
        return at.line();
    }

    public int column() {
        return at.column();
    }
}
