package dev.codestages.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML mapping in source order. Duplicate keys have already been reported by the loader; here the
 * last one wins, as most YAML readers do it.
 */
public record YamlMapping(List<YamlEntry> entries, String explicitTag, Position start, Position end)
        implements YamlNode {

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    /** The entry whose key is the scalar {@code key}, if any. */
    public Optional<YamlEntry> entry(String key) {
        return Optional.ofNullable(lastEntry(key));
    }

    /** The value under {@code key}, or null when the key is absent. */
    public YamlNode get(String key) {
        YamlEntry entry = lastEntry(key);
        return entry == null ? null : entry.value();
    }

    public boolean has(String key) {
        return lastEntry(key) != null;
    }

    /** The last entry with the scalar key {@code key} (the one that wins), or null. */
    private YamlEntry lastEntry(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            YamlEntry entry = entries.get(i);
            if (entry.key() instanceof YamlScalar scalar && scalar.value().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    /** The value under {@code key} when it is a mapping. */
    public Optional<YamlMapping> mapping(String key) {
        return get(key) instanceof YamlMapping mapping ? Optional.of(mapping) : Optional.empty();
    }

    /** The value under {@code key} when it is a non-null scalar. */
    public Optional<YamlScalar> scalar(String key) {
        return get(key) instanceof YamlScalar scalar && !scalar.isNull() ? Optional.of(scalar) : Optional.empty();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
