package dev.codestages.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A text fitted into a width by measuring it ({@link TextMetrics}): kept on one line when it fits,
 * else wrapped at a word, a separator ({@code - _ . / :}) or a lower-to-upper case change, and only
 * when even the last line cannot hold the rest shortened with an ellipsis. {@link #shortened()} tells
 * the renderer to put the full text in a tooltip.
 */
public record TextBlock(String full, List<String> lines, boolean shortened, int width) {

    public TextBlock {
        lines = List.copyOf(lines);
    }

    public static TextBlock fit(String text, double size, boolean bold, int room, int maxLines) {
        String full = text == null ? "" : text;
        List<String> lines = new ArrayList<>();
        String rest = full;
        boolean shortened = false;
        while (!rest.isEmpty()) {
            if (TextMetrics.width(rest, size, bold) <= room) {
                lines.add(rest);
                break;
            }
            if (lines.size() == maxLines - 1) {
                lines.add(ellipsize(rest, size, bold, room));
                shortened = true;
                break;
            }
            int cut = breakAt(rest, size, bold, room);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        int width = lines.stream().mapToInt(line -> TextMetrics.width(line, size, bold)).max().orElse(0);
        return new TextBlock(full, lines, shortened, width);
    }

    /** Where to end the first line: the last break opportunity that fits, else the last character that fits. */
    private static int breakAt(String text, double size, boolean bold, int room) {
        int fits = 1;
        int best = -1;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i))) {
                continue;
            }
            if (TextMetrics.width(text.substring(0, i), size, bold) > room) {
                break;
            }
            fits = i;
            char before = text.charAt(i - 1);
            char here = text.charAt(i);
            if (" -_./:".indexOf(before) >= 0 || Character.isLowerCase(before) && Character.isUpperCase(here)) {
                best = i;
            }
        }
        return best > 0 ? best : fits;
    }

    private static String ellipsize(String text, double size, boolean bold, int room) {
        int end = text.length();
        while (end > 1 && TextMetrics.width(text.substring(0, end) + "…", size, bold) > room) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end).strip() + "…";
    }
}
