package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider-specific settings of an action ({@code RepositoryName}, {@code ProjectName}, ...), in
 * file order, each with the position of its key and of its value. AWS takes every value as a string;
 * readers keep YAML scalars such as {@code false} or {@code 1} as that text.
 *
 * @param settings the settings in file order
 * @param at       where the configuration starts; the action's start when it has none
 * @param complete false when part of it is decided at deploy time (a CloudFormation {@code Fn::If} in
 *                 place of the whole mapping), so a setting that seems missing may be there
 */
public record Configuration(List<Setting> settings, Position at, boolean complete) {

    /** One setting: its key and its value, each with its position. */
    public record Setting(Value key, Value value) {
    }

    public Configuration {
        settings = List.copyOf(settings);
    }

    public static Configuration empty(Position at) {
        return new Configuration(List.of(), at, true);
    }

    /** The value of {@code key}; the last one when the key is repeated. */
    public Optional<Value> get(String key) {
        Value found = null;
        for (Setting setting : settings) {
            if (setting.key().text().equals(key)) {
                found = setting.value();
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** The settings as plain text, in file order, for a runner or a diagram label. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Setting setting : settings) {
            map.put(setting.key().text(), setting.value().text());
        }
        return map;
    }
}
