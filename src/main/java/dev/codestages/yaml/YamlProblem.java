package dev.codestages.yaml;

/** A problem found while reading a YAML file; the linter turns it into a finding. */
public record YamlProblem(YamlIssue issue, Position at, String message, String hint) {

    public YamlProblem(YamlIssue issue, Position at, String message) {
        this(issue, at, message, null);
    }
}
