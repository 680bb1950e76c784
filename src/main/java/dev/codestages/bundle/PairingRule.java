package dev.codestages.bundle;

import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleContext;
import java.util.function.Function;

/**
 * A bundle rule ({@code BN###}) checked once every file of a run has been seen: an AppSpec against the
 * buildspecs whose artifacts may become its bundle. {@code contexts} gives the context for reporting
 * in a file, by its display path.
 */
public interface PairingRule extends Rule {

    void check(Pairing pairing, Function<String, RuleContext> contexts);
}
