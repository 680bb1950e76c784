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
        int index = text.indexOf("\r\n");
        if (index < 0) {
            return Optional.empty();
        }
        int line = lineOf(index);
        return Optional.of(new Position(line, index - lineStarts[line - 1] + 1));
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

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            lineStarts = starts;
        }
        return lineStarts;
    }
}
