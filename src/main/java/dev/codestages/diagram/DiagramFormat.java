package dev.codestages.diagram;

import java.util.Locale;

/** The formats of {@code codestages diagram}. HTML is written by the report package around the SVG. */
public enum DiagramFormat {
    SVG, MERMAID, DOT, ASCII, HTML;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DiagramFormat of(String label) {
        for (DiagramFormat format : values()) {
            if (format.label().equals(label.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }

    /** The diagram in this format, left to right, ASCII in 80 columns; HTML is not drawn here. */
    public String render(DiagramModel model) {
        return render(model, Direction.LR, AsciiRenderer.DEFAULT_WIDTH);
    }

    /**
     * The diagram in this format; HTML is not drawn here.
     *
     * @param asciiWidth the columns the ASCII picture may use
     */
    public String render(DiagramModel model, Direction direction, int asciiWidth) {
        switch (this) {
            case SVG:
                return SvgRenderer.render(Layout.of(model, direction));
            case MERMAID:
                return MermaidRenderer.render(model, direction);
            case DOT:
                return DotRenderer.render(model, direction);
            case ASCII:
                return AsciiRenderer.render(model, asciiWidth, direction);
            default:
                throw new IllegalArgumentException("HTML pages are written by dev.codestages.report.HtmlReport");
        }
    }
}
