package dev.codestages.yaml;

/** One key and its value in a mapping. */
public record YamlEntry(YamlNode key, YamlNode value) {

    /** The key's text when it is a scalar, otherwise its description. */
    public String keyText() {
        return key instanceof YamlScalar scalar ? scalar.value() : key.describe();
    }
}
