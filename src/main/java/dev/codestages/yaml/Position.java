package dev.codestages.yaml;

/**
 * A 1-based line and column in a source file. Every node, key and finding carries one, so that a
 * user is always pointed at the exact character at fault.
 */
public record Position(int line, int column) implements Comparable<Position> {

    /** The first character of a file: where whole-file problems are reported. */
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    // Written out rather than generated: a record's own equals and hashCode link through
    // ObjectMethods.bootstrap on first use, which spins 14 method-handle classes; in a cold lint of
    // 1,200 files (FindingReview compares positions) that was a measurable part of the start-up
    // (-Xlog:class+load+cause, docs/performance.md).
    @Override
    public boolean equals(Object other) {
        return other instanceof Position position && position.line == line && position.column == column;
    }

    @Override
    public int hashCode() {
        return 31 * line + column;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
