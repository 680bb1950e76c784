package dev.codestages.diagram;

import dev.codestages.pipeline.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The key to the diagram's colours and lines, as a small SVG for the HTML page: the badge colour of
 * each action category, the colour of each run status, a transition, a disabled transition and an
 * artifact arrow. Drawn from the same tables the renderer uses, so the key cannot drift from the picture.
 */
public final class DiagramLegend {

    private static final int ROW = 24;
    private static final int SWATCH = 30;

    private DiagramLegend() {
    }

    public static String svg() {
        List<String> items = new ArrayList<>();
        int x = 8;
        int y = 8;
        StringBuilder body = new StringBuilder();
        body.append(text(x, y + 14, "Action category:", true));
        x += TextMetrics.width("Action category:", 12, true) + 10;
        for (String category : Badge.CATEGORIES) {
            body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" rx=\"3\""
                    + " fill=\"%s\"/>", x, y + 2, SWATCH, Badge.COLOURS.get(category)));
            body.append(text(x + SWATCH + 5, y + 14, category, false));
            x += SWATCH + 5 + TextMetrics.width(category, 12, false) + 14;
        }
        int width = x;
        x = 8;
        y += ROW;
        body.append(text(x, y + 14, "Run status:", true));
        x += TextMetrics.width("Run status:", 12, true) + 10;
        for (Status status : Badge.STATUSES) {
            String[] colours = Badge.statusColours(status);
            body.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" rx=\"3\""
                    + " fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"/>", x, y + 2, SWATCH, colours[0], colours[1]));
            body.append(text(x + SWATCH + 5, y + 14, status.label(), false));
            x += SWATCH + 5 + TextMetrics.width(status.label(), 12, false) + 14;
        }
        width = Math.max(width, x);
        x = 8;
        y += ROW;
        items.add(line(x, y + 10, "#263238", "2.5", null) + text(x + 46, y + 14, "transition", false));
        x += 46 + TextMetrics.width("transition", 12, false) + 14;
        items.add(line(x, y + 10, "#78909c", "2.5", "5 4") + text(x + 46, y + 14, "disabled transition", false));
        x += 46 + TextMetrics.width("disabled transition", 12, false) + 14;
        items.add(line(x, y + 10, "#455a64", "1.2", null) + text(x + 46, y + 14, "artifact hand-over", false));
        x += 46 + TextMetrics.width("artifact hand-over", 12, false) + 14;
        items.forEach(body::append);
        width = Math.max(width, x);
        int height = y + ROW + 4;
        return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"legend\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Legend\" font-family=\"%s\""
                + " font-size=\"12\">", width, height, width, height, TextMetrics.FONT_FAMILY) + body + "</svg>\n";
    }

    private static String text(int x, int y, String text, boolean bold) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#263238\"%s>%s</text>", x, y,
                bold ? " font-weight=\"bold\"" : "", Xml.escape(text));
    }

    private static String line(int x, int y, String colour, String width, String dashes) {
        return String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                + " stroke-width=\"%s\"%s/><path d=\"M %d %d L %d %d L %d %d z\" fill=\"%s\"/>", x, y, x + 32, y,
                colour, width, dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"", x + 32, y - 5, x + 40, y,
                x + 32, y + 5, colour);
    }
}
