/**
 * The {@code YAML###} rules, one class each: the problems the YAML loader ({@code yaml}) records while
 * reading any spec file, before its format is known, become findings through {@code lint.ProblemRule} as
 * every reader's problems do. Listed in {@code lint.Rules}. Depends on {@code yaml} and {@code lint}.
 */
package dev.codestages.yaml.rules;
