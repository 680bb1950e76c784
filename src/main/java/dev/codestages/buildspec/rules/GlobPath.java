package dev.codestages.buildspec.rules;

/**
 * What can be decided about an artifact or report path from its text alone, before the build runs:
 * whether it is a glob, whether it depends on a variable, and its parts.
 */
final class GlobPath {

    private GlobPath() {
    }

    /** True when the text holds a glob character, so what it matches is only known at build time. */
    static boolean isGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds a shell variable or command, so its value is only known at build time. */
    static boolean isDynamic(String path) {
        return path.contains("$") || path.contains("`");
    }

    /** The path without leading "./" and without trailing slashes; "." and "./" become "". */
    static String normalize(String path) {
        String p = path.trim();
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p.equals(".") ? "" : p;
    }

    /** The last path component: the file name. */
    static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
