package dev.codestages.buildspec.rules;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlSequence;
import java.util.Optional;

/** Finds the key node of a dotted path such as {@code artifacts.secondary-artifacts.docs} or {@code batch.build-list[0]}. */
final class KeyLocator {

    private KeyLocator() {
    }

    static Optional<YamlNode> keyOf(YamlMapping root, String path) {
        YamlNode current = root;
        YamlNode key = null;
        for (String part : path.split("\\.")) {
            String name = part;
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                name = part.substring(0, bracket);
            }
            if (!(current instanceof YamlMapping mapping)) {
                return Optional.empty();
            }
            Optional<YamlEntry> entry = mapping.entry(name);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            key = entry.get().key();
            current = entry.get().value();
            if (bracket >= 0) {
                int index = Integer.parseInt(part.substring(bracket + 1, part.indexOf(']')));
                if (!(current instanceof YamlSequence sequence) || index >= sequence.items().size()) {
                    return Optional.empty();
                }
                current = sequence.items().get(index);
                key = current;
            }
        }
        return Optional.ofNullable(key);
    }
}
