package dev.codestages.yaml;

/**
 * How a YAML 1.1 reader, such as the CodeDeploy agent (Ruby Psych) or the CodeBuild agent (go-yaml
 * v2), types a scalar: `yes` is a boolean, `0644` an octal integer, `0.2` a float, `~` null. A quoted
 * scalar is always a string.
 */
public enum ScalarType {
    NULL("null"),
    BOOLEAN("a boolean"),
    INTEGER("an integer"),
    FLOAT("a number"),
    TIMESTAMP("a timestamp"),
    STRING("a string"),
    OTHER("a tagged value");

    private final String description;

    ScalarType(String description) {
        this.description = description;
    }

    /** A noun for messages, such as "a boolean". */
    public String description() {
        return description;
    }
}
