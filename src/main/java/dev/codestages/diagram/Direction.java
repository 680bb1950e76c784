package dev.codestages.diagram;

import java.util.Locale;

/**
 * Which way the stages follow each other: left to right (wide screens, slides) or top to bottom, as
 * the CodePipeline console draws a pipeline, which keeps a long pipeline readable on a narrow page.
 */
public enum Direction {
    LR, TB;

    /** The direction for {@code LR} or {@code TB} in any case, or null for anything else. */
    public static Direction of(String label) {
        for (Direction direction : values()) {
            if (direction.name().equals(label.toUpperCase(Locale.ROOT))) {
                return direction;
            }
        }
        return null;
    }
}
