package dev.codestages.buildspec.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values of {@code env.shell}: the four the buildspec reference documents, and the shell programs people
 * write instead.
 */
final class ShellCatalog {

    static final List<String> DOCUMENTED = List.of("bash", "/bin/sh", "powershell.exe", "cmd.exe");

    /** Shell programs, by bare name, that are a documented shell or a stand-in for one. */
    private static final Map<String, String> EQUIVALENT = Map.of(
            "bash", "bash",
            "sh", "/bin/sh",
            "dash", "/bin/sh",
            "ash", "/bin/sh",
            "powershell", "powershell.exe",
            "pwsh", "powershell.exe",
            "cmd", "cmd.exe");

    /** Real shells with no documented counterpart. */
    private static final Set<String> OTHER = Set.of("zsh", "ksh", "mksh", "fish", "csh", "tcsh");

    private ShellCatalog() {
    }

    static boolean isDocumented(String value) {
        return DOCUMENTED.contains(value);
    }

    /** True when {@code text} holds any white space (Unicode's, as {@link Character#isWhitespace} says). */
    static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text up to the first white space (space, tab, line break, form feed, vertical tab). */
    static String firstWord(String command) {
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                return command.substring(0, i);
            }
        }
        return command;
    }

    /** The bare program of a value: {@code /usr/bin/bash -e} and {@code BASH.EXE} are both "bash". */
    static String program(String value) {
        String first = firstWord(value.strip());
        String base = first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return base.endsWith(".exe") ? base.substring(0, base.length() - ".exe".length()) : base;
    }

    /** True when the value names a real shell program, documented or not. */
    static boolean isShellProgram(String value) {
        String program = program(value);
        return EQUIVALENT.containsKey(program) || OTHER.contains(program);
    }

    /** The documented value that runs the same shell as this value, or null for a shell without one (zsh). */
    static String equivalent(String value) {
        return EQUIVALENT.get(program(value));
    }

    /** Every known program name, for typo suggestions. */
    static Set<String> programs() {
        Set<String> all = new HashSet<>(EQUIVALENT.keySet());
        all.addAll(OTHER);
        return all;
    }
}
