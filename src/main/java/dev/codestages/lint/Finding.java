package dev.codestages.lint;

import dev.codestages.yaml.Position;
import java.util.Comparator;

/**
 * One problem in one file: which rule, how bad, where (1-based line and column of the exact key or
 * value), what is wrong and, where we can tell, how to fix it ({@code hint} may be null).
 */
public record Finding(String rule, Severity severity, String file, Position at, String message, String hint) {

    /** The one order every output uses: file, line, column, rule, then message for stability. */
    public static final Comparator<Finding> ORDER = Finding::compareInOrder;

    private static int compareInOrder(Finding a, Finding b) {
        int order = a.file.compareTo(b.file);
        if (order == 0) {
            order = a.at.compareTo(b.at);
        }
        if (order == 0) {
            order = a.rule.compareTo(b.rule);
        }
        return order != 0 ? order : a.message.compareTo(b.message);
    }

    public int line() {
        return at.line();
    }

    public int column() {
        return at.column();
    }
}
