package dev.codestages.yaml;

import java.util.List;

/**
 * A scalar with its text exactly as a YAML parser gives it (quotes removed, escapes applied, but no
 * type conversion: `3.10` stays `3.10`), how it was written and how a YAML 1.1 reader types it.
 * A plain or quoted scalar written over several lines also keeps its source lines, because YAML
 * folds their line breaks into spaces and the value alone no longer shows where a line ended.
 *
 * @param sourceLines for a plain or quoted scalar spanning several lines: the text of each line as
 *                    written (trimmed, quotes kept); empty for every other scalar
 */
public record YamlScalar(String value, ScalarStyle style, ScalarType type, String explicitTag,
                         Position start, Position end, List<String> sourceLines) implements YamlNode {

    public YamlScalar {
        sourceLines = List.copyOf(sourceLines);
    }

    /** A scalar without source lines (one line, a block scalar, or built outside the loader). */
    public YamlScalar(String value, ScalarStyle style, ScalarType type, String explicitTag, Position start,
                      Position end) {
        this(value, style, type, explicitTag, start, end, List.of());
    }

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
