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

    /**
     * The key node at {@code path}: names joined by dots, {@code [n]} for a list item, and {@code ["a.b"]}
     * for a key that holds a dot, a bracket or a quote ({@code ShapeViolation} writes paths this way).
     */
    static Optional<YamlNode> keyOf(YamlMapping root, String path) {
        YamlNode current = root;
        YamlNode key = null;
        int at = 0;
        while (at < path.length()) {
            char c = path.charAt(at);
            if (c == '.') {
                at++;
                continue;
            }
            if (c == '[' && at + 1 < path.length() && path.charAt(at + 1) != '"') {
                int close = path.indexOf(']', at);
                if (close < 0 || !(current instanceof YamlSequence sequence)) {
                    return Optional.empty();
                }
                int index;
                try {
                    index = Integer.parseInt(path.substring(at + 1, close));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (index < 0 || index >= sequence.items().size()) {
                    return Optional.empty();
                }
                current = sequence.items().get(index);
                key = current;
                at = close + 1;
                continue;
            }
            String name;
            if (c == '[') {
                StringBuilder quoted = new StringBuilder();
                int i = at + 2;
                while (i < path.length() && path.charAt(i) != '"') {
                    if (path.charAt(i) == '\\' && i + 1 < path.length()) {
                        i++;
                    }
                    quoted.append(path.charAt(i++));
                }
                name = quoted.toString();
                at = Math.min(path.length(), i + 2); // past '"]'
            } else {
                int end = at;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                name = path.substring(at, end);
                at = end;
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
        }
        return Optional.ofNullable(key);
    }
}
