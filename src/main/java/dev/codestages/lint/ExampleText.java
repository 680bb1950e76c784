package dev.codestages.lint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Rule examples are text, but a few rules are about bytes that are not text (invalid UTF-8). An
 * example writes such a byte as a lone low surrogate U+DC80..U+DCFF standing for byte 0x80..0xFF (the
 * "surrogate escape" convention); this class turns an example into the exact bytes of the file, and
 * into a printable form for the docs.
 */
public final class ExampleText {

    private ExampleText() {
    }

    /** The bytes of the example file. */
    public static byte[] bytes(String example) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(example.length() + 16);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < example.length(); i++) {
            char c = example.charAt(i);
            if (c >= '\uDC80' && c <= '\uDCFF' && !(i > 0 && Character.isHighSurrogate(example.charAt(i - 1)))) {
                out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
                run.setLength(0);
                out.write(c - '\uDC00');
            } else {
                run.append(c);
            }
        }
        out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The example for display: escaped bytes as {@code \xE9}, a BOM as {@code <BOM>}, tabs as {@code <TAB>}, CR as {@code <CR>}. */
    public static String printable(String example) {
        StringBuilder out = new StringBuilder(example.length());
        for (int i = 0; i < example.length(); i++) {
            char c = example.charAt(i);
            if (c >= '\uDC80' && c <= '\uDCFF') {
                out.append(String.format("\\x%02X", c - 0xDC00));
            } else if (c == '\uFEFF') {
                out.append("<BOM>");
            } else if (c == '\t') {
                out.append("<TAB>");
            } else if (c == '\r') {
                out.append("<CR>");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
