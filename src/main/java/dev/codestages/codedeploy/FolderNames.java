package dev.codestages.codedeploy;

import java.util.regex.Pattern;

/**
 * The names that become folders of the store (a group's name and id, an instance id): letters, digits,
 * {@code .}, {@code _} and {@code -}, never {@code .} or {@code ..}, so that a name read from a template
 * can never lead outside the store.
 */
final class FolderNames {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private FolderNames() {
    }

    static boolean isSafe(String name) {
        return name != null && SAFE.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    static void check(String name, String what) {
        if (!isSafe(name)) {
            throw new IllegalArgumentException(refusal(name, what));
        }
    }

    /** Why {@code name} cannot be a folder, for a message. */
    static String refusal(String name, String what) {
        return "the " + what + " '" + name + "' cannot name a folder of the store; use letters, digits, '.', '_'"
                + " and '-'";
    }
}
