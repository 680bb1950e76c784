package dev.codestages.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws the pipeline in plain text for a terminal or a classroom projector: stages as columns left
 * to right, inside each one box per action (one row per run order, parallel actions side by side),
 * the approval gate with a double border, statuses written in the boxes, and the artifact flow listed
 * under the picture. Only ASCII, so it survives any terminal and any font.
 */
public final class AsciiRenderer {

    private static final int BOX = 22;
    private static final int GAP = 5;
    private static final int BOX_LINES = 4;

    private AsciiRenderer() {
    }

    public static String render(DiagramModel model) {
        List<List<List<Integer>>> groups = new ArrayList<>();
        int rows = 1;
        for (DiagramModel.Stage stage : model.stages()) {
            Map<Integer, List<Integer>> byOrder = new TreeMap<>();
            for (int a = 0; a < stage.actions().size(); a++) {
                byOrder.computeIfAbsent(stage.actions().get(a).runOrder(), k -> new ArrayList<>()).add(a);
            }
            groups.add(new ArrayList<>(byOrder.values()));
            rows = Math.max(rows, byOrder.size());
        }
        List<Integer> widths = new ArrayList<>();
        int total = 0;
        for (List<List<Integer>> stageGroups : groups) {
            int columns = Math.max(1, stageGroups.stream().mapToInt(List::size).max().orElse(1));
            int width = columns * BOX + (columns - 1);
            widths.add(width);
            total += width + GAP;
        }
        int height = 2 + rows * (BOX_LINES + 1);
        char[][] grid = new char[height][Math.max(1, total)];
        for (char[] line : grid) {
            java.util.Arrays.fill(line, ' ');
        }
        int x = 0;
        for (int s = 0; s < model.stages().size(); s++) {
            DiagramModel.Stage stage = model.stages().get(s);
            String header = clip(stage.name() + (stage.status() == null ? "" : " (" + stage.status().label() + ")"),
                    widths.get(s));
            put(grid, 0, x, header);
            put(grid, 1, x, "=".repeat(widths.get(s)));
            List<List<Integer>> stageGroups = groups.get(s);
            for (int row = 0; row < stageGroups.size(); row++) {
                List<Integer> group = stageGroups.get(row);
                for (int column = 0; column < group.size(); column++) {
                    box(grid, 2 + row * (BOX_LINES + 1), x + column * (BOX + 1), stage.actions().get(group.get(column)));
                }
            }
            if (s + 1 < model.stages().size()) {
                put(grid, 3, x + widths.get(s) + 1, "-->");
            }
            x += widths.get(s) + GAP;
        }
        StringBuilder out = new StringBuilder();
        out.append(model.title()).append('\n').append('\n');
        for (char[] line : grid) {
            out.append(new String(line).stripTrailing()).append('\n');
        }
        if (!model.flows().isEmpty()) {
            out.append("\nArtifacts:\n");
            for (DiagramModel.Flow flow : model.flows()) {
                out.append("  ").append(ascii(flow.artifact())).append(": ")
                        .append(name(model, flow.fromStage(), flow.fromAction())).append(" -> ")
                        .append(name(model, flow.toStage(), flow.toAction())).append('\n');
            }
        }
        return out.toString();
    }

    private static void box(char[][] grid, int top, int left, DiagramModel.Action action) {
        boolean gate = action.isApproval();
        char edge = gate ? '=' : '-';
        char side = gate ? '#' : '|';
        String border = "+" + String.valueOf(edge).repeat(BOX - 2) + "+";
        put(grid, top, left, border);
        String badge = "[" + ascii(Badge.code(action)).replace('?', ' ').trim() + "] ";
        put(grid, top + 1, left, side + pad(" " + badge + action.name(), BOX - 2) + side);
        String detail = (gate ? "approval gate" : action.provider())
                + (action.status() == null ? "" : " " + mark(action.status()));
        put(grid, top + 2, left, side + pad(" " + detail, BOX - 2) + side);
        put(grid, top + 3, left, border);
    }

    private static String mark(DiagramModel.Status status) {
        switch (status) {
            case SUCCEEDED:
                return "ok";
            case FAILED:
                return "FAILED";
            case REJECTED:
                return "REJECTED";
            case SKIPPED:
                return "skipped";
            default:
                return "waiting";
        }
    }

    private static String name(DiagramModel model, int stage, int action) {
        DiagramModel.Stage s = model.stages().get(stage);
        return ascii(s.name()) + "/" + ascii(s.actions().get(action).name());
    }

    private static String pad(String text, int width) {
        String clipped = clip(text, width);
        return clipped + " ".repeat(width - clipped.length());
    }

    private static String clip(String text, int width) {
        String plain = ascii(text);
        return plain.length() <= width ? plain : plain.substring(0, width - 1) + "~";
    }

    /** Non-ASCII and control characters become '?', so columns stay aligned in any terminal. */
    static String ascii(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return out.toString();
    }

    private static void put(char[][] grid, int row, int column, String text) {
        for (int i = 0; i < text.length() && column + i < grid[row].length; i++) {
            grid[row][column + i] = text.charAt(i);
        }
    }
}
