package dev.codestages.diagram;

import java.util.Locale;

/**
 * Draws a {@link Layout} as a standalone SVG: stages as titled columns, actions as boxes with a
 * provider badge, the approval gate as a diamond-cornered amber box, artifact flow as labelled arrows,
 * and run statuses as colours and words (so the meaning survives black-and-white printing). Every text
 * from the pipeline is escaped and the document holds no script, no link and no external reference.
 */
public final class SvgRenderer {

    private SvgRenderer() {
    }

    public static String render(Layout layout) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(open(layout));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** The SVG element alone (no XML declaration), for embedding in an HTML page. */
    public static String element(Layout layout) {
        return open(layout) + "</svg>\n";
    }

    private static String open(Layout layout) {
        StringBuilder svg = new StringBuilder(8192);
        String title = layout.model().title();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"Helvetica, Arial, sans-serif\">\n",
                layout.width(), layout.height(), layout.width(), layout.height(), Xml.escape("Pipeline " + title)));
        svg.append("<title>").append(Xml.escape("Pipeline " + title)).append("</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\""
                + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#455a64\"/>"
                + "</marker></defs>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"20\" font-weight=\"bold\""
                + " fill=\"#263238\">%s</text>\n", Layout.MARGIN, Layout.MARGIN + 20, Xml.escape(title)));
        for (Layout.StageBox stage : layout.stages()) {
            stage(svg, stage);
        }
        for (Layout.Arrow arrow : layout.arrows()) {
            arrow(svg, arrow);
        }
        for (Layout.ActionBox action : layout.actions()) {
            action(svg, action);
        }
        return svg.toString();
    }

    private static void stage(StringBuilder svg, Layout.StageBox box) {
        String[] colours = Badge.statusColours(box.stage().status());
        String fill = box.stage().status() == null ? "#f7f9fa" : colours[0];
        svg.append(String.format(Locale.ROOT, "<g class=\"stage\" data-stage=\"%d\">\n", box.index()));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"10\""
                + " fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>\n", box.x(), box.y(), box.width(), box.height(),
                fill, colours[1]));
        int room = box.width() - 2 * Layout.STAGE_PADDING - (box.stage().status() == null ? 0 : 70);
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"16\" font-weight=\"bold\""
                + " fill=\"#263238\"%s>%s</text>\n", box.x() + Layout.STAGE_PADDING, box.y() + 26,
                squeeze(box.stage().name(), 9.5, room), Xml.escape(fit(box.stage().name(), 60))));
        if (box.stage().status() != null) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\""
                    + " fill=\"%s\">%s</text>\n", box.x() + box.width() - Layout.STAGE_PADDING, box.y() + 24,
                    colours[1], Xml.escape(box.stage().status().label())));
        }
        svg.append("</g>\n");
    }

    private static void action(StringBuilder svg, Layout.ActionBox box) {
        DiagramModel.Action action = box.action();
        String[] colours = Badge.statusColours(action.status());
        boolean gate = action.isApproval();
        svg.append(String.format(Locale.ROOT, "<g class=\"action%s\">\n", gate ? " approval" : ""));
        if (gate) {
            // the gate: amber, thick dashed border, cut corners
            int x = box.x();
            int y = box.y();
            int w = box.width();
            int h = box.height();
            int c = 12;
            String fill = action.status() == null ? "#fff8e1" : colours[0];
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%d,%d %d,%d %d,%d %d,%d %d,%d %d,%d %d,%d %d,%d\""
                    + " fill=\"%s\" stroke=\"#ef6c00\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\"/>\n",
                    x + c, y, x + w - c, y, x + w, y + c, x + w, y + h - c, x + w - c, y + h, x + c, y + h, x,
                    y + h - c, x, y + c, fill));
        } else {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\""
                    + " fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>\n", box.x(), box.y(), box.width(), box.height(),
                    colours[0], colours[1]));
        }
        String badge = Badge.code(action);
        String badgeColour = Badge.colour(action);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"36\" height=\"20\" rx=\"4\""
                + " fill=\"%s\"/>\n", box.x() + 8, box.y() + 8, badgeColour));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-weight=\"bold\""
                + " text-anchor=\"middle\" fill=\"#ffffff\">%s</text>\n", box.x() + 26, box.y() + 22, Xml.escape(badge)));
        int room = box.width() - 60;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\""
                + " fill=\"#212121\"%s>%s</text>\n", box.x() + 52, box.y() + 23, squeeze(action.name(), 7.8, room),
                Xml.escape(fit(action.name(), 48))));
        String detail = (gate ? "approval gate" : action.provider()) + (action.status() == null ? ""
                : " · " + action.status().label());
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#455a64\">%s</text>\n",
                box.x() + 10, box.y() + 50, Xml.escape(fit(detail, 27))));
        svg.append("</g>\n");
    }

    private static void arrow(StringBuilder svg, Layout.Arrow arrow) {
        StringBuilder points = new StringBuilder();
        for (Layout.Point p : arrow.points()) {
            points.append(p.x()).append(',').append(p.y()).append(' ');
        }
        svg.append(String.format(Locale.ROOT, "<g class=\"flow\"><polyline points=\"%s\" fill=\"none\" stroke=\"#455a64\""
                + " stroke-width=\"1.6\" marker-end=\"url(#arrow)\"/>\n", points.toString().trim()));
        String label = fit(arrow.flow().artifact(), 22);
        int width = Layout.labelWidth(label);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"15\" rx=\"3\" fill=\"#ffffff\""
                + " fill-opacity=\"0.9\"/>", arrow.label().x() - width / 2, arrow.label().y() - 11, width));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                + " fill=\"#37474f\">%s</text></g>\n", arrow.label().x(), arrow.label().y(), Xml.escape(label)));
    }

    /**
     * For text wider than {@code room} pixels (at about {@code charWidth} pixels a character), the
     * attributes that squeeze it into the room, so a long name is shown whole rather than cut.
     */
    static String squeeze(String text, double charWidth, int room) {
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (length * charWidth <= room) {
            return "";
        }
        return String.format(Locale.ROOT, " textLength=\"%d\" lengthAdjust=\"spacingAndGlyphs\"", room);
    }

    /** Shortens text to {@code max} characters with an ellipsis, so it stays inside its box. */
    static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(1, max - 1))) + "…";
    }
}
