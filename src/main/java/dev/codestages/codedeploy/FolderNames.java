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
            throw new IllegalArgumentException("the " + what + " '" + name + "' cannot name a folder: use letters,"
                    + " digits, '.', '_' and '-' only");
        }
    }
}
