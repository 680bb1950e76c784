package dev.codestages.appspec.rules;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Pattern;

/** Small readings of values shared by several appspec rules. */
final class ValueForms {

    private static final Pattern ZERO = Pattern.compile("[-+]?(0+\\.?0*|0*\\.0+)");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<[^>]*>|\\$\\{[^}]*}|\\{\\{.*}}|#\\{.*}|[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|.*PLACEHOLDER.*|.*REPLACE.*");

    private ValueForms() {
    }

    /** True for text that is the number zero as YAML writes it: 0, 0.0, .0, 0., -0.0. */
    static boolean isZero(String text) {
        return ZERO.matcher(text).matches();
    }

    /** True for one or more ASCII digits 0-9 and nothing else. */
    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** True for a value that is missing, null, or empty (or blank) text. */
    static boolean isBlank(YamlNode node) {
        return node == null || node instanceof YamlScalar scalar && (scalar.isNull() || scalar.value().isBlank());
    }

    /** True for text that looks like a placeholder a build step is meant to replace. */
    static boolean isPlaceholder(String text) {
        return PLACEHOLDER.matcher(text.trim()).matches();
    }

    /** The node to point at for a value that is wrong: the value when it has text, else its key. */
    static YamlNode at(YamlEntry entry) {
        return entry.value() instanceof YamlScalar scalar && !scalar.isNull() ? scalar : entry.key();
    }
}
