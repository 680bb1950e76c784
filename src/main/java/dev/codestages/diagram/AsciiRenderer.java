package dev.codestages.diagram;

import dev.codestages.pipeline.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the pipeline in plain text for a terminal or a classroom projector: stages left to right,
 * linked by their transitions ({@code -->}, or {@code -X>} when disabled), each stage a column of boxes
 * (one row per run order, parallel actions side by side), the approval gate with a double border,
 * statuses written in the boxes, and the artifact flow listed under the picture. Boxes are as wide as
 * their text; a name too long for the width wraps inside its box, and stages that do not fit the width
 * continue on a new row, so every name is there in full. Only ASCII, so it survives any terminal and font.
 */
public final class AsciiRenderer {

    /** The width used when none is given and the terminal does not say ({@code $COLUMNS}). */
    public static final int DEFAULT_WIDTH = 80;
    /** Below this a picture is not worth drawing: narrower widths are treated as this one. */
    public static final int MIN_WIDTH = 40;

    private static final String LINK = " --> ";
    private static final String LINK_DISABLED = " -X> ";
    private static final int LINK_ROW = 3;

    private AsciiRenderer() {
    }

    public static String render(DiagramModel model) {
        return render(model, DEFAULT_WIDTH);
    }

    /** The picture in at most {@code width} columns, stages side by side as far as they fit. */
    public static String render(DiagramModel model, int width) {
        return render(model, width, Direction.LR);
    }

    /** The picture in at most {@code width} columns; top to bottom puts each stage on a row of its own. */
    public static String render(DiagramModel model, int width, Direction direction) {
        int room = Math.max(MIN_WIDTH, width);
        int blockRoom = room - LINK.length();
        StringBuilder out = new StringBuilder();
        out.append(String.join("\n", wrap(ascii(model.title()), room))).append('\n').append('\n');
        List<String> row = new ArrayList<>();
        for (int s = 0; s < model.stages().size(); s++) {
            List<String> block = stageBlock(model.stages().get(s), blockRoom);
            String link = s == 0 ? "" : link(model, s);
            if (!row.isEmpty() && (direction == Direction.TB
                    || row.get(0).length() + link.length() + block.get(0).length() > room)) {
                flush(out, row);
                out.append('\n');
                row = new ArrayList<>();
            }
            append(row, link, block);
        }
        flush(out, row);
        if (!model.flows().isEmpty()) {
            out.append("\nArtifacts:\n");
            for (DiagramModel.Flow flow : model.flows()) {
                item(out, ascii(flow.artifact()) + ": " + name(model, flow.fromStage(), flow.fromAction()) + " -> "
                        + name(model, flow.toStage(), flow.toAction()), room);
            }
        }
        List<DiagramModel.Transition> disabled = model.transitions().stream().filter(t -> !t.enabled()).toList();
        if (!disabled.isEmpty()) {
            out.append("\nDisabled transitions (-X>):\n");
            for (DiagramModel.Transition t : disabled) {
                item(out, ascii(model.stages().get(t.from()).name()) + LINK_DISABLED
                        + ascii(model.stages().get(t.to()).name())
                        + (t.disabledReason().isEmpty() ? "" : ": " + ascii(t.disabledReason())), room);
            }
        }
        return out.toString();
    }

    /** A list item, indented, its continuation lines further in, within the width. */
    private static void item(StringBuilder out, String text, int room) {
        List<String> lines = wrap(text, room - 6);
        out.append("  ").append(lines.get(0)).append('\n');
        lines.subList(1, lines.size()).forEach(line -> out.append("      ").append(line).append('\n'));
    }

    private static String link(DiagramModel model, int to) {
        return model.transitions().stream().filter(t -> t.to() == to).anyMatch(t -> !t.enabled())
                ? LINK_DISABLED : LINK;
    }

    /** Adds a stage block to a row of the picture, after its link (or the link that continues the row). */
    private static void append(List<String> row, String link, List<String> block) {
        int rowWidth = row.isEmpty() ? 0 : row.get(0).length();
        int height = Math.max(row.size(), block.size());
        while (row.size() < height) {
            row.add(" ".repeat(rowWidth));
        }
        int blockWidth = block.get(0).length();
        for (int i = 0; i < height; i++) {
            String joint = i == LINK_ROW ? link : " ".repeat(link.length());
            row.set(i, row.get(i) + joint + (i < block.size() ? block.get(i) : " ".repeat(blockWidth)));
        }
    }

    private static void flush(StringBuilder out, List<String> row) {
        if (row.isEmpty()) {
            return;
        }
        for (String line : row) {
            out.append(line.stripTrailing()).append('\n');
        }
    }

    /** A stage as lines of one width: its name (and status), a rule, then its boxes run order by run order. */
    private static List<String> stageBlock(DiagramModel.Stage stage, int room) {
        List<List<String>> boxRows = new ArrayList<>();
        for (List<Integer> group : Layout.groups(stage)) {
            List<List<String>> line = new ArrayList<>();
            int lineWidth = 0;
            for (int a : group) {
                List<String> box = box(stage.actions().get(a), room);
                if (!line.isEmpty() && lineWidth + 1 + box.get(0).length() > room) {
                    boxRows.add(join(line));
                    line = new ArrayList<>();
                    lineWidth = 0;
                }
                lineWidth += (line.isEmpty() ? 0 : 1) + box.get(0).length();
                line.add(box);
            }
            boxRows.add(join(line));
            boxRows.add(List.of(""));
        }
        if (boxRows.isEmpty()) {
            boxRows.add(List.of("(no actions)"));
        }
        String header = ascii(stage.name()) + (stage.status() == null ? "" : " (" + stage.status().label() + ")");
        int width = Math.max(boxRows.stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0),
                Math.min(room, header.length()));
        List<String> block = new ArrayList<>();
        wrap(header, width).forEach(line -> block.add(pad(line, width)));
        block.add("=".repeat(width));
        boxRows.forEach(lines -> lines.forEach(line -> block.add(pad(line, width))));
        while (block.get(block.size() - 1).isBlank()) {
            block.remove(block.size() - 1);
        }
        return block;
    }

    /** Boxes side by side, one space apart, the shorter ones padded at the bottom. */
    private static List<String> join(List<List<String>> boxes) {
        int height = boxes.stream().mapToInt(List::size).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            StringBuilder line = new StringBuilder();
            for (List<String> box : boxes) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(i < box.size() ? box.get(i) : " ".repeat(box.get(0).length()));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> box(DiagramModel.Action action, int room) {
        boolean gate = action.isApproval();
        char edge = gate ? '=' : '-';
        char side = gate ? '#' : '|';
        String badge = "[" + Badge.asciiCode(action) + "] ";
        String name = badge + ascii(action.name());
        String detail = (gate ? "approval gate" : ascii(action.provider()))
                + (action.status() == null ? "" : " " + mark(action.status()));
        int inner = Math.min(room - 4, Math.max(name.length(), detail.length()));
        List<String> box = new ArrayList<>();
        String border = "+" + String.valueOf(edge).repeat(inner + 2) + "+";
        box.add(border);
        for (String text : wrap(name, inner)) {
            box.add(side + " " + pad(text, inner) + " " + side);
        }
        for (String text : wrap(detail, inner)) {
            box.add(side + " " + pad(text, inner) + " " + side);
        }
        box.add(border);
        return box;
    }

    /** Lines of at most {@code width} characters, broken after a space or separator where one is near. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = width;
            for (int i = width; i > width / 2; i--) {
                char before = rest.charAt(i - 1);
                if (" -_./:".indexOf(before) >= 0
                        || Character.isLowerCase(before) && Character.isUpperCase(rest.charAt(i))) {
                    cut = i;
                    break;
                }
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    private static String mark(Status status) {
        switch (status) {
            case SUCCEEDED:
                return "ok";
            case FAILED:
                return "FAILED";
            case REJECTED:
                return "REJECTED";
            case SKIPPED:
                return "skipped";
            case STUBBED:
                return "stubbed";
            case ABANDONED:
                return "abandoned";
            case SUPERSEDED:
                return "superseded";
            default:
                return "waiting";
        }
    }

    private static String name(DiagramModel model, int stage, int action) {
        DiagramModel.Stage s = model.stages().get(stage);
        return ascii(s.name()) + "/" + ascii(s.actions().get(action).name());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Non-ASCII and control characters become '?', so columns stay aligned in any terminal. */
    /** The ASCII a reader expects for common typography (the title's dash, quotes, an ellipsis); '?' else. */
    private static String plain(int c) {
        return switch (c) {
            case 0x2013, 0x2014, 0x2212 -> "-";
            case 0x2018, 0x2019 -> "'";
            case 0x201c, 0x201d -> "\"";
            case 0x2026 -> "...";
            case 0x2192 -> "->";
            case 0xa0 -> " ";
            default -> "?";
        };
    }

    static String ascii(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : plain(c)));
        return out.toString();
    }
}
