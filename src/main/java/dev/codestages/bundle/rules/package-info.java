/** The {@code BN###} rules, one small class each, listed in {@link dev.codestages.bundle.rules.BundleRules}. */
package dev.codestages.bundle.rules;
