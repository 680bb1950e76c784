package dev.codestages.yaml;

/** Turns SnakeYAML's terse syntax messages into a hint a person can act on. */
final class SyntaxHints {

    private SyntaxHints() {
    }

    static String hintFor(String problem, String line) {
        if (problem == null) {
            return null;
        }
        String value = valueOf(line);
        if (value.startsWith("[") || value.startsWith("{")) {
            return "a value starting with '" + value.charAt(0) + "' is read as a YAML flow collection; quote the whole value";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a ': ' inside a plain value starts a mapping; quote the whole value";
        }
        if (problem.contains("cannot start any token")) {
            return "a plain value cannot start with this character; quote the value";
        }
        if (problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'")) {
            return "a value starting with '[' or '{' is read as a flow collection; quote the value";
        }
        if (problem.contains("expected <block end>")) {
            return "check the indentation of this line against the lines above it";
        }
        if (problem.contains("found unknown escape character")) {
            return "in double quotes a backslash starts an escape; use single quotes or double the backslash";
        }
        if (problem.contains("found undefined alias")) {
            return "'*' starts an alias in YAML; quote the value";
        }
        if (problem.contains("special characters are not allowed")) {
            return "the file holds control characters; is it a text file?";
        }
        return null;
    }

    /** The value part of a line: after a list dash or after the first 'key: '. */
    private static String valueOf(String line) {
        String rest = line.strip();
        while (rest.startsWith("- ")) {
            rest = rest.substring(2).strip();
        }
        if (!rest.startsWith("[") && !rest.startsWith("{")) {
            int colon = rest.indexOf(": ");
            if (colon > 0 && !rest.startsWith("\"") && !rest.startsWith("'")) {
                rest = rest.substring(colon + 2).strip();
            }
        }
        return rest;
    }
}
