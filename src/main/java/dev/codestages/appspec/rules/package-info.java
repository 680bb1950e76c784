/** The {@code AS###} rules, one small class each, listed in the registry {@link dev.codestages.lint.Rules}. */
package dev.codestages.appspec.rules;
