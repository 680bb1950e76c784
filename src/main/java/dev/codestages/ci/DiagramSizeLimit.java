package dev.codestages.ci;

import java.io.IOException;

/**
 * The largest pipeline diagram a CI server stores with a build. The SVG is drawn on an agent, and what
 * comes from an agent is untrusted on the controller: a broken or hostile agent could send any amount of
 * text to be written into the build's folder and served from the build page. The diagrams codestages
 * draws are a few kilobytes, a hundred stages stay far below the limit.
 */
public final class DiagramSizeLimit {

    /** One MiB of SVG text. */
    public static final int MAX_CHARS = 1024 * 1024;

    private DiagramSizeLimit() {
    }

    /**
     * @return {@code svg}, unchanged, when it is within the limit (or null: no diagram)
     * @throws IOException when it is larger, with the size and the limit
     */
    public static String checked(String svg) throws IOException {
        if (svg != null && svg.length() > MAX_CHARS) {
            throw new IOException("the diagram from the agent is " + svg.length() + " characters, more than the "
                    + MAX_CHARS + " a build keeps; it was not stored");
        }
        return svg;
    }
}
