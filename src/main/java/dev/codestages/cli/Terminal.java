package dev.codestages.cli;

/** Whether output goes to a terminal that shows colour: a console, NO_COLOR unset, TERM set and not dumb. */
final class Terminal {

    private Terminal() {
    }

    static boolean showsColour() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }
}
