package dev.codestages.yaml;

/**
 * A scalar with its text exactly as a YAML parser gives it (quotes removed, escapes applied, but no
 * type conversion: `3.10` stays `3.10`), how it was written and how a YAML 1.1 reader types it.
 */
public record YamlScalar(String value, ScalarStyle style, ScalarType type, String explicitTag,
                         Position start, Position end) implements YamlNode {

    /** True for an empty value, `~` or `null`: what YAML reads as null. */
    public boolean isNull() {
        return type == ScalarType.NULL;
    }

    /** The value for a message: quoted, or "null" for a null. */
    public String quoted() {
        return isNull() ? "null" : "'" + value + "'";
    }

    @Override
    public String describe() {
        return type == ScalarType.NULL ? "null (empty)" : type.description();
    }
}
