/**
 * The {@code BS###} rules, one small class each, listed in {@link dev.codestages.buildspec.rules.BuildspecRules}. Each reports against the node at fault through a {@link dev.codestages.lint.RuleContext}.
 */
package dev.codestages.buildspec.rules;
