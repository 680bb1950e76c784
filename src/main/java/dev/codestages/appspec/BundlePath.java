package dev.codestages.appspec;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A path the AppSpec names inside the revision bundle ({@code files[].source}, a hook's
 * {@code location}) as the agent joins it to the unpacked archive: surrounding blanks stripped, a
 * leading {@code /} still inside the bundle, {@code .} segments dropped, {@code ..} going up. On
 * Windows a backslash separates too.
 */
public final class BundlePath {

    private BundlePath() {
    }

    /**
     * The path relative to the bundle root with {@code /} separators ({@code ""} for the root itself),
     * or null when {@code ..} leads above the root.
     */
    public static String resolve(String raw, boolean windows) {
        String text = raw.trim();
        if (windows) {
            text = text.replace('\\', '/');
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : text.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** True when {@code ..} in the path leads above the bundle root. */
    public static boolean escapes(String raw, boolean windows) {
        return resolve(raw, windows) == null;
    }
}
