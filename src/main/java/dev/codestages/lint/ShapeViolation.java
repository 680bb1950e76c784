package dev.codestages.lint;

import dev.codestages.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One difference between a YAML tree and its {@link Shape}.
 *
 * @param kind       what is different
 * @param path       where, with the user's names: {@code reports.unit.files[2]}
 * @param schemaPath where in the schema, user-chosen names as {@code *}: {@code reports.*.files[]}
 * @param node       the node at fault: the unknown key, the wrong value, the mapping missing a key
 * @param key        the key concerned (unknown or missing), or null
 * @param expected   the shape that was expected here
 * @param known      for an unknown key: the keys allowed at this place
 * @param opener     the key (or list item) that opens the place at {@code path}, where a reader looks for a
 *                   section; null at the top level
 */
public record ShapeViolation(Kind kind, String path, String schemaPath, YamlNode node, String key, Shape expected,
                             Set<String> known, YamlNode opener) {

    /**
     * How a key is written in a path: {@code .name}, or {@code ["a.b"]} for a name a dot or bracket
     * would split (so that "unknown key 'a.b'" is never placed in 'a'); no dot at the start.
     */
    static String segment(String key, boolean first) {
        if (isPlainName(key)) {
            return first ? key : "." + key;
        }
        return "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** A key with no dot, bracket or quote, written as it is (a regex compiled per call was the check before). */
    private static boolean isPlainName(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '[' || c == ']' || c == '"') {
                return false;
            }
        }
        return true;
    }

    /**
     * The path of the mapping that holds {@link #key()} (empty at the top level), when {@link #path()}
     * ends with that key.
     */
    public String parentPath() {
        if (key != null) {
            String first = segment(key, true);
            if (path.equals(first)) {
                return "";
            }
            String next = segment(key, false);
            if (path.endsWith(next)) {
                return path.substring(0, path.length() - next.length());
            }
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** What kind of difference. */
    public enum Kind {
        /** A key the format does not have at this place. */
        UNKNOWN_KEY,
        /** A value of the wrong YAML type: a mapping where a string belongs, a word where yes/no belongs. */
        WRONG_TYPE,
        /** A key whose value is empty (null) where a value is expected. */
        EMPTY_VALUE,
        /** A list item that is null, e.g. because a comment follows the dash. */
        NULL_ITEM,
        /** A required key that is absent. */
        MISSING_KEY
    }

    /** The violations of one kind among {@code all}, in their order. */
    public static List<ShapeViolation> ofKind(List<ShapeViolation> all, Kind kind) {
        List<ShapeViolation> found = new ArrayList<>();
        for (ShapeViolation violation : all) {
            if (violation.kind() == kind) {
                found.add(violation);
            }
        }
        return found;
    }
}
