package dev.codestages.bundle;

import dev.codestages.lint.ModelRule;

/** A bundle rule ({@code BN###}) about one AppSpec and the files of the bundle it sits in. */
public interface BundleRule extends ModelRule<BundleContext> {
}
