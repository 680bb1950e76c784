package dev.codestages.bundle;

import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleContext;

/** A bundle rule ({@code BN###}) about one AppSpec and the files of the bundle it sits in. */
public interface BundleRule extends Rule {

    void check(BundleContext bundle, RuleContext context);
}
