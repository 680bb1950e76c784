package dev.codestages.diagram;

/**
 * How wide a text is drawn in the font the SVG names ({@link #FONT_FAMILY}), from the advance widths
 * of Arial, which Helvetica and Liberation Sans share glyph for glyph (per mille of the font size,
 * printable ASCII, regular and bold, read from Liberation Sans 2). Any other character is counted as
 * one em, wider than every ASCII glyph, so a name in another script gets room to spare, never too little.
 */
final class TextMetrics {

    /** The fonts the SVG asks for: all three have the widths below. */
    static final String FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', sans-serif";

    private static final int[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
        500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
        556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
        278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};

    private static final int[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
        556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
        556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
        556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
        333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

    private static final int OTHER = 1000;

    private TextMetrics() {
    }

    /** The drawn width of {@code text} in pixels at {@code size} pixels, rounded up. */
    static int width(String text, double size, boolean bold) {
        if (text == null) {
            return 0;
        }
        int[] widths = bold ? BOLD : REGULAR;
        long units = text.codePoints().mapToLong(c -> c >= 32 && c < 127 ? widths[c - 32] : OTHER).sum();
        return (int) Math.ceil(units * size / 1000.0);
    }
}
