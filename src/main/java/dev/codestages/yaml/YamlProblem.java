package dev.codestages.yaml;

/** A problem found while reading a YAML file; the linter reports it as a finding of its issue's rule. */
public record YamlProblem(YamlIssue issue, Position at, String message, String hint) implements ReadingProblem {

    public YamlProblem(YamlIssue issue, Position at, String message) {
        this(issue, at, message, null);
    }

    @Override
    public String ruleId() {
        return issue.ruleId();
    }
}
