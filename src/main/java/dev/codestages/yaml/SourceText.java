package dev.codestages.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Line-level facts about a file's text that the parser does not report: CRLF endings and tabs in indentation. */
final class SourceText {

    private final String text;
    private int[] lineStarts;

    SourceText(String text) {
        this.text = text;
    }

    /** Where the first line that ends in CRLF ends. */
    Optional<Position> firstCrlf() {
        int index = text.indexOf('\r') < 0 ? -1 : text.indexOf("\r\n");
        return index < 0 ? Optional.empty() : Optional.of(positionOf(index));
    }

    /** The first tab in the leading white space of {@code line}, if any. */
    Optional<Position> tabInIndentation(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return Optional.empty();
        }
        for (int i = starts[line - 1]; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return Optional.of(new Position(line, i - starts[line - 1] + 1));
            }
            if (c != ' ') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The text of a 1-based line without its line ending; empty when there is no such line. */
    String line(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int end = line < starts.length ? starts[line] - 1 : text.length();
        String content = text.substring(starts[line - 1], Math.max(starts[line - 1], end));
        return content.endsWith("\r") ? content.substring(0, content.length() - 1) : content;
    }

    /**
     * The text from {@code start} (inclusive) to {@code end} (exclusive), one trimmed string per line.
     * Columns count code points, as the parser's marks do.
     */
    List<String> lines(Position start, Position end) {
        List<String> lines = new ArrayList<>(end.line() - start.line() + 1);
        for (int number = start.line(); number <= end.line(); number++) {
            String line = line(number);
            int from = number == start.line() ? offset(line, start.column()) : 0;
            int to = number == end.line() ? offset(line, end.column()) : line.length();
            lines.add(line.substring(from, Math.max(from, to)).strip());
        }
        return lines;
    }

    /** The char index of a 1-based code-point column in {@code line}, clamped to the line. */
    private static int offset(String line, int column) {
        int codePoints = line.codePointCount(0, line.length());
        return line.offsetByCodePoints(0, Math.min(column - 1, codePoints));
    }

    private int lineOf(int index) {
        int[] starts = lineStarts();
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    /**
     * Where each line starts, with lines broken where SnakeYAML breaks them (LF, CRLF, a lone CR, NEL,
     * LS, PS), so that a line number from the parser names the same line here.
     */
    private int[] lineStarts() {
        if (lineStarts == null && onlyLineFeeds()) {
            lineStarts = lineStartsAfterLineFeeds();
        }
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i += Math.max(1, breakLength(i))) {
                if (breakLength(i) > 0) {
                    count++;
                }
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i += Math.max(1, breakLength(i))) {
                if (breakLength(i) > 0) {
                    starts[line++] = i + breakLength(i);
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }

    private int[] lineStartsAfterLineFeeds() {
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            starts[line++] = at + 1;
        }
        return starts;
    }

    /** The length of the line break at {@code index}: 2 for CRLF, 1 for the others, 0 for no break. */
    private int breakLength(int index) {
        char c = text.charAt(index);
        if (c == '\r') {
            return index + 1 < text.length() && text.charAt(index + 1) == '\n' ? 2 : 1;
        }
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' ? 1 : 0;
    }

    /**
     * The position of the char at {@code index}; the column counts code points, as the parser's marks
     * do (an emoji is one column).
     */
    Position positionOf(int index) {
        int line = lineOf(index);
        int start = lineStarts()[line - 1];
        return new Position(line, text.codePointCount(start, Math.min(index, text.length())) + 1);
    }

    /** The position of the code point with the 0-based index {@code codePoints}, as SnakeYAML's reader counts. */
    Position positionOfCodePoint(int codePoints) {
        int all = text.codePointCount(0, text.length());
        return positionOf(text.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, all))));
    }

    /** The first longest line: its 1-based number and its length in chars, without the line break. */
    int[] longestLine() {
        if (onlyLineFeeds()) {
            return longestLineBetweenLineFeeds();
        }
        int[] starts = lineStarts();
        int best = 1;
        int bestLength = -1;
        for (int line = 1; line <= starts.length; line++) {
            int end = line < starts.length ? starts[line] - breakLengthBefore(starts[line]) : text.length();
            if (end - starts[line - 1] > bestLength) {
                best = line;
                bestLength = end - starts[line - 1];
            }
        }
        return new int[] {best, bestLength};
    }

    /** True when LF is the only line break in the text, as in nearly every file: then lines need no table. */
    private boolean onlyLineFeeds() {
        return text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0
                && text.indexOf('\u2029') < 0;
    }

    private int[] longestLineBetweenLineFeeds() {
        int best = 1;
        int bestLength = -1;
        int line = 1;
        int start = 0;
        while (true) {
            int lineFeed = text.indexOf('\n', start);
            int end = lineFeed < 0 ? text.length() : lineFeed;
            if (end - start > bestLength) {
                best = line;
                bestLength = end - start;
            }
            if (lineFeed < 0) {
                return new int[] {best, bestLength};
            }
            start = lineFeed + 1;
            line++;
        }
    }

    private int breakLengthBefore(int lineStart) {
        return lineStart >= 2 && text.charAt(lineStart - 2) == '\r' && text.charAt(lineStart - 1) == '\n' ? 2 : 1;
    }

    /** The position just after the last character. */
    Position end() {
        return positionOf(text.length());
    }
}
