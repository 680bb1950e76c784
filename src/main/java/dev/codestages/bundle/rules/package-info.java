/** The {@code BN###} rules, one small class each, listed in the registry {@link dev.codestages.lint.Rules}. */
package dev.codestages.bundle.rules;
