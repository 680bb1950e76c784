package dev.codestages.cli;

import java.util.regex.Pattern;

/**
 * The rule documentation's Markdown as plain text for a terminal ({@code explain}): no HTML anchors, a
 * heading underlined, {@code **bold**}, {@code `code`} and {@code <url>} without their marks, and fenced
 * code indented by four spaces instead of fenced. Only the Markdown that {@code RuleDocs} writes is known.
 */
final class MarkdownForTerminal {

    private static final Pattern ANCHOR = Pattern.compile("^<a id=\"[^\"]*\"></a>$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("<(https?://[^>]+)>");

    private MarkdownForTerminal() {
    }

    static String render(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                out.append(line.isEmpty() ? "" : "    " + line).append('\n');
            } else if (ANCHOR.matcher(line).matches()) {
                continue;
            } else if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "");
                out.append(title).append('\n').append("=".repeat(title.length())).append('\n');
            } else {
                String text = BOLD.matcher(line).replaceAll("$1");
                text = CODE.matcher(text).replaceAll("$1");
                out.append(LINK.matcher(text).replaceAll("$1")).append('\n');
            }
        }
        String text = out.toString();
        return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
    }
}
