package dev.codestages.yaml;

import java.util.List;

/** A YAML sequence (a list), block or flow. */
public record YamlSequence(List<YamlNode> items, String explicitTag, Position start, Position end)
        implements YamlNode {

    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
