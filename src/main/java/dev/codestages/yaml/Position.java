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

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
