package dev.codestages.yaml;

/**
 * A problem a reader found in a file, in the one shape every reader records it (the YAML loader, the
 * buildspec, appspec and pipeline models): the id of the rule that reports it, the exact key or value at
 * fault, the message and the fix. The linter turns each into a finding of that rule
 * ({@code lint.ProblemRule}); the runner stops with the same text. It lives here, with {@link Position},
 * because the YAML loader is the first reader and knows nothing above it.
 */
public interface ReadingProblem {

    /** The id of the rule that reports this problem, such as {@code YAML002} or {@code PL001}. */
    String ruleId();

    /** The key or value at fault. */
    Position at();

    /** Lower case, says what is wrong and what is expected. */
    String message();

    /** The fix, or null. */
    String hint();
}
