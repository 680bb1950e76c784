package dev.codestages.lint;

/**
 * A rule whose findings come from reading the file ({@code YAML###}): the loader finds the problem,
 * this carries its documentation and severity.
 */
public record YamlRule(RuleInfo info) implements Rule {
}
