package dev.codestages.diagram;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Layout} as a standalone SVG: stages as titled boxes linked by their transitions (a
 * disabled one dashed and marked), actions as boxes with a provider badge, the approval gate as a
 * cut-corner amber box, artifact flow as thin labelled arrows, and run statuses as colours and words (so
 * the meaning survives black-and-white printing). Each part is a group with a class ({@code stage},
 * {@code action}, {@code transition}, {@code artifact}) holding its box and its text, for tests and
 * stylesheets; a shortened text carries its full text in a {@code <title>}. Every text from the pipeline
 * is escaped and the document holds no script, no link and no external reference.
 */
public final class SvgRenderer {

    private static final String INK = "#263238";
    private static final String LINE = "#455a64";
    private static final String DISABLED = "#78909c";

    private SvgRenderer() {
    }

    public static String render(Layout layout) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(layout);
    }

    /** The SVG element alone (no XML declaration), for embedding in an HTML page. */
    public static String element(Layout layout) {
        StringBuilder svg = new StringBuilder(8192);
        String title = layout.model().title();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"%s\">\n",
                layout.width(), layout.height(), layout.width(), layout.height(), Xml.escape("Pipeline " + title),
                TextMetrics.FONT_FAMILY));
        svg.append("<title>").append(Xml.escape("Pipeline " + title)).append("</title>\n");
        svg.append("<defs>").append(marker("arrow", LINE, 8)).append(marker("transition", INK, 4))
                .append(marker("transition-off", DISABLED, 4)).append("</defs>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text class=\"title\" x=\"%d\" y=\"%d\" font-size=\"20\""
                + " font-weight=\"bold\" fill=\"%s\">%s</text>\n", Layout.MARGIN, Layout.MARGIN + 20, INK,
                Xml.escape(title)));
        for (Layout.StageBox stage : layout.stages()) {
            stage(svg, stage);
        }
        for (Layout.TransitionArrow transition : layout.transitions()) {
            transition(svg, transition, layout);
        }
        // labels last, the lane nearest the stages last of all: a label covers the lines that climb past it
        List<Layout.Arrow> arrows = new java.util.ArrayList<>(layout.arrows());
        arrows.sort(java.util.Comparator.comparingInt(a -> a.label() == null ? Integer.MIN_VALUE : a.label().y()));
        for (Layout.Arrow arrow : arrows) {
            artifact(svg, arrow);
        }
        for (Layout.ActionBox action : layout.actions()) {
            action(svg, action);
        }
        return svg.append("</svg>\n").toString();
    }

    /** An arrow head {@code size} stroke widths long. */
    private static String marker(String id, String colour, int size) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"" + size
                + "\" markerHeight=\"" + size + "\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
                + " fill=\"" + colour
                + "\"/></marker>";
    }

    private static void stage(StringBuilder svg, Layout.StageBox box) {
        String[] colours = Badge.statusColours(box.stage().status());
        String fill = box.stage().status() == null ? "#f7f9fa" : colours[0];
        svg.append(String.format(Locale.ROOT, "<g class=\"stage\" data-stage=\"%d\">\n", box.index()));
        tooltip(svg, box.name());
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"10\""
                + " fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>\n", box.x(), box.y(), box.width(), box.height(),
                fill, colours[1]));
        List<String> lines = box.name().lines();
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"16\" font-weight=\"bold\""
                    + " fill=\"%s\">%s</text>\n", box.x() + Layout.STAGE_PADDING,
                    box.y() + 26 + Layout.STAGE_NAME_LINE * i, INK, Xml.escape(lines.get(i))));
        }
        if (box.stage().status() != null) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\""
                    + " fill=\"%s\">%s</text>\n", box.right() - Layout.STAGE_PADDING, box.y() + 24,
                    colours[1], Xml.escape(box.stage().status().label())));
        }
        svg.append("</g>\n");
    }

    private static void transition(StringBuilder svg, Layout.TransitionArrow arrow, Layout layout) {
        DiagramModel.Transition transition = arrow.transition();
        boolean enabled = transition.enabled();
        String from = layout.stages().get(transition.from()).stage().name();
        String to = layout.stages().get(transition.to()).stage().name();
        svg.append(String.format(Locale.ROOT, "<g class=\"transition%s\" data-from=\"%d\" data-to=\"%d\">",
                enabled ? "" : " disabled", transition.from(), transition.to()));
        svg.append("<title>").append(Xml.escape("Transition " + from + " → " + to + (enabled ? ""
                : " disabled" + (transition.disabledReason().isEmpty() ? "" : ": " + transition.disabledReason()))))
                .append("</title>");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                + " stroke-width=\"2.5\"%s marker-end=\"url(#%s)\"/>", arrow.from().x(), arrow.from().y(),
                arrow.to().x(), arrow.to().y(), enabled ? INK : DISABLED,
                enabled ? "" : " stroke-dasharray=\"5 4\"", enabled ? "transition" : "transition-off"));
        if (!enabled) {
            // a bar across the arrow, as the console's "disabled transition" button, and the word for print
            int mx = (arrow.from().x() + arrow.to().x()) / 2;
            int my = (arrow.from().y() + arrow.to().y()) / 2;
            boolean across = arrow.from().y() == arrow.to().y();
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"3\"/>", across ? mx : mx - 8, across ? my - 8 : my, across ? mx : mx + 8,
                    across ? my + 8 : my, DISABLED));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"%s\""
                    + " fill=\"%s\">disabled</text>", across ? mx : mx + 14, across ? my + 22 : my + 4,
                    across ? "middle" : "start", DISABLED));
        }
        svg.append("</g>\n");
    }

    private static void action(StringBuilder svg, Layout.ActionBox box) {
        DiagramModel.Action action = box.action();
        String[] colours = Badge.statusColours(action.status());
        boolean gate = action.isApproval();
        svg.append(String.format(Locale.ROOT, "<g class=\"action%s\" data-stage=\"%d\" data-action=\"%d\">\n",
                gate ? " approval" : "", box.stageIndex(), box.actionIndex()));
        if (box.name().shortened() || box.detail().shortened()) {
            svg.append("<title>").append(Xml.escape(box.name().full() + "\n" + box.detail().full()))
                    .append("</title>\n");
        }
        int x = box.x();
        int y = box.y();
        int w = box.width();
        int h = box.height();
        if (gate) {
            // the gate: amber, thick dashed border, cut corners
            int c = 12;
            String fill = action.status() == null ? "#fff8e1" : colours[0];
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%d,%d %d,%d %d,%d %d,%d %d,%d %d,%d %d,%d %d,%d\""
                    + " fill=\"%s\" stroke=\"#ef6c00\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\"/>\n",
                    x + c, y, x + w - c, y, x + w, y + c, x + w, y + h - c, x + w - c, y + h, x + c, y + h, x,
                    y + h - c, x, y + c, fill));
        } else {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\""
                    + " fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>\n", x, y, w, h, colours[0], colours[1]));
        }
        svg.append(String.format(Locale.ROOT, "<rect class=\"badge\" x=\"%d\" y=\"%d\" width=\"36\" height=\"20\""
                + " rx=\"4\" fill=\"%s\"/>\n", x + 8, y + 8, Badge.colour(action)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" font-weight=\"bold\""
                + " text-anchor=\"middle\" fill=\"#ffffff\">%s</text>\n", x + 26, y + 22,
                Xml.escape(Badge.code(action))));
        List<String> lines = box.name().lines();
        for (int i = 0; i < lines.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"13\" font-weight=\"bold\""
                    + " fill=\"#212121\">%s</text>\n", x + Layout.NAME_LEFT, y + 23 + 16 * i,
                    Xml.escape(lines.get(i))));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"%s\">%s</text>\n",
                x + 10, y + h - 13, LINE, Xml.escape(box.detail().lines().get(0))));
        svg.append("</g>\n");
    }

    private static void artifact(StringBuilder svg, Layout.Arrow arrow) {
        StringBuilder points = new StringBuilder();
        for (Layout.Point p : arrow.points()) {
            points.append(p.x()).append(',').append(p.y()).append(' ');
        }
        svg.append("<g class=\"artifact\">");
        svg.append("<title>").append(Xml.escape("Artifact " + arrow.flow().artifact())).append("</title>");
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.2\""
                + " stroke-linejoin=\"round\" marker-end=\"url(#arrow)\"/>", points.toString().trim(), LINE));
        Layout.Label label = arrow.label();
        if (label != null) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\""
                    + " fill=\"#ffffff\" stroke=\"#cfd8dc\" stroke-width=\"0.8\"/>", label.x(), label.y(),
                    label.width(), label.height()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#37474f\">%s</text>",
                    label.x() + 4, label.y() + label.height() - 3, Xml.escape(label.text().lines().get(0))));
        }
        svg.append("</g>\n");
    }

    /** The full text of a shortened name, shown on hover and read by screen readers. */
    private static void tooltip(StringBuilder svg, TextBlock text) {
        if (text.shortened()) {
            svg.append("<title>").append(Xml.escape(text.full())).append("</title>\n");
        }
    }
}
