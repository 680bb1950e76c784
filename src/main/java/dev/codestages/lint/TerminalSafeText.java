package dev.codestages.lint;

/**
 * Text from a spec file made safe to print on a terminal. Keys, values and file names reach the text
 * report as they are written, so a file could otherwise send escape sequences: set the clipboard
 * ({@code ESC ] 52}), clear the screen, move the cursor, or reverse the reading order of a line
 * (Unicode bidirectional controls, the "Trojan Source" trick). Every such character is shown as a
 * {@code \}{@code uXXXX} escape instead, and so is a lone UTF-16 surrogate, which no terminal can show.
 */
public final class TerminalSafeText {

    private TerminalSafeText() {
    }

    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (unsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue; // printable ASCII, nearly every character of a report: a tenth of the text report's time
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    /** C0 and C1 controls, DEL, bidirectional embeddings, overrides and isolates, and lone surrogates. */
    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c
                || Character.isSurrogate(c);
    }
}
