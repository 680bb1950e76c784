/**
 * The {@code BS###} rules, one small class each, listed in the registry {@link dev.codestages.lint.Rules}. Each reports against the node at fault through a {@link dev.codestages.lint.RuleContext}.
 */
package dev.codestages.buildspec.rules;
