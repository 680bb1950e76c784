package dev.codestages.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places a {@link DiagramModel} once, for every graphical renderer: stages as columns left to right,
 * inside a stage one row per run order (top to bottom) with parallel actions side by side, and artifact
 * arrows routed through the gaps between stages (or, for stages further apart, over the top in a lane
 * of their own) so that no arrow crosses a box. All coordinates are in pixels.
 */
public final class Layout {

    public static final int ACTION_WIDTH = 184;
    public static final int ACTION_HEIGHT = 64;
    public static final int GAP = 18;
    public static final int STAGE_PADDING = 16;
    public static final int STAGE_HEADER = 40;
    public static final int STAGE_GAP = 72;
    public static final int MARGIN = 24;
    public static final int TITLE_HEIGHT = 40;
    public static final int LANE = 14;

    /** A stage's box. */
    public record StageBox(int index, DiagramModel.Stage stage, int x, int y, int width, int height) {
    }

    /** An action's box: its stage, its index in the stage, its row (run order group) and column. */
    public record ActionBox(int stageIndex, int actionIndex, DiagramModel.Action action, int row, int column, int x,
                            int y, int width, int height) {

        public int centerX() {
            return x + width / 2;
        }

        public int centerY() {
            return y + height / 2;
        }
    }

    /** A point. */
    public record Point(int x, int y) {
    }

    /** An arrow as a polyline, with the point where its label goes. */
    public record Arrow(DiagramModel.Flow flow, List<Point> points, Point label) {
        public Arrow {
            points = List.copyOf(points);
        }
    }

    private final DiagramModel model;
    private final List<StageBox> stages;
    private final List<ActionBox> actions;
    private final List<Arrow> arrows;
    private final int width;
    private final int height;

    private Layout(DiagramModel model, List<StageBox> stages, List<ActionBox> actions, List<Arrow> arrows, int width,
                   int height) {
        this.model = model;
        this.stages = List.copyOf(stages);
        this.actions = List.copyOf(actions);
        this.arrows = List.copyOf(arrows);
        this.width = width;
        this.height = height;
    }

    public static Layout of(DiagramModel model) {
        int lanes = (int) model.flows().stream().filter(f -> f.toStage() > f.fromStage() + 1).count();
        int top = MARGIN + TITLE_HEIGHT + lanes * LANE + (lanes > 0 ? LANE : 0);
        List<StageBox> stageBoxes = new ArrayList<>();
        List<ActionBox> actionBoxes = new ArrayList<>();
        int maxRows = 1;
        List<List<List<Integer>>> groupsPerStage = new ArrayList<>();
        for (DiagramModel.Stage stage : model.stages()) {
            List<List<Integer>> groups = groups(stage);
            groupsPerStage.add(groups);
            maxRows = Math.max(maxRows, groups.size());
        }
        int stageHeight = STAGE_HEADER + maxRows * (ACTION_HEIGHT + GAP) - GAP + 2 * STAGE_PADDING;
        int x = MARGIN;
        for (int s = 0; s < model.stages().size(); s++) {
            List<List<Integer>> groups = groupsPerStage.get(s);
            int columns = Math.max(1, groups.stream().mapToInt(List::size).max().orElse(1));
            int stageWidth = 2 * STAGE_PADDING + columns * ACTION_WIDTH + (columns - 1) * GAP;
            stageBoxes.add(new StageBox(s, model.stages().get(s), x, top, stageWidth, stageHeight));
            for (int row = 0; row < groups.size(); row++) {
                List<Integer> group = groups.get(row);
                // a row with fewer parallel actions is centred in its stage
                int rowWidth = group.size() * ACTION_WIDTH + (group.size() - 1) * GAP;
                int rowX = x + (stageWidth - rowWidth) / 2;
                for (int column = 0; column < group.size(); column++) {
                    int a = group.get(column);
                    actionBoxes.add(new ActionBox(s, a, model.stages().get(s).actions().get(a), row, column,
                            rowX + column * (ACTION_WIDTH + GAP),
                            top + STAGE_HEADER + STAGE_PADDING + row * (ACTION_HEIGHT + GAP), ACTION_WIDTH,
                            ACTION_HEIGHT));
                }
            }
            x += stageWidth + STAGE_GAP;
        }
        int width = Math.max(x - STAGE_GAP + MARGIN, 2 * MARGIN + 320);
        int height = top + stageHeight + MARGIN;
        List<Arrow> arrows = route(model, stageBoxes, actionBoxes, top);
        return new Layout(model, stageBoxes, actionBoxes, arrows, width, height);
    }

    /** Indexes of a stage's actions grouped by run order, smallest first, file order inside a group. */
    private static List<List<Integer>> groups(DiagramModel.Stage stage) {
        Map<Integer, List<Integer>> byOrder = new TreeMap<>();
        for (int a = 0; a < stage.actions().size(); a++) {
            byOrder.computeIfAbsent(stage.actions().get(a).runOrder(), k -> new ArrayList<>()).add(a);
        }
        return new ArrayList<>(byOrder.values());
    }

    private static List<Arrow> route(DiagramModel model, List<StageBox> stages, List<ActionBox> boxes, int top) {
        List<Arrow> arrows = new ArrayList<>();
        int lane = 0;
        for (DiagramModel.Flow flow : model.flows()) {
            ActionBox from = find(boxes, flow.fromStage(), flow.fromAction());
            ActionBox to = find(boxes, flow.toStage(), flow.toAction());
            if (from == null || to == null) {
                continue;
            }
            List<Point> points = new ArrayList<>();
            Point label;
            StageBox fromStage = stages.get(flow.fromStage());
            if (flow.toStage() == flow.fromStage()) {
                int startY = from.y() + from.height();
                int gapBelow = startY + GAP / 2;
                points.add(new Point(from.centerX(), startY));
                points.add(new Point(from.centerX(), gapBelow));
                if (to.row() > from.row() + 1) {
                    // rows in between: down the stage's left margin, so no box is crossed
                    int side = fromStage.x() + STAGE_PADDING / 2;
                    int gapAbove = to.y() - GAP / 2;
                    points.add(new Point(side, gapBelow));
                    points.add(new Point(side, gapAbove));
                    points.add(new Point(to.centerX(), gapAbove));
                } else {
                    points.add(new Point(to.centerX(), gapBelow));
                }
                points.add(new Point(to.centerX(), to.y()));
                label = new Point(from.centerX() + 8 + labelWidth(flow.artifact()) / 2, gapBelow + 4);
            } else {
                int outX;
                int laneY = 0;
                boolean adjacent = flow.toStage() == flow.fromStage() + 1;
                if (adjacent) {
                    outX = fromStage.x() + fromStage.width() + STAGE_GAP / 2;
                } else {
                    lane++;
                    laneY = top - lane * LANE;
                    outX = fromStage.x() + fromStage.width() + STAGE_GAP / 3 + lane % 3 * 4;
                }
                // leave the producer: sideways when nothing stands to its right, else under it
                if (hasRightNeighbour(boxes, from)) {
                    int below = from.y() + from.height() + GAP / 2;
                    points.add(new Point(from.centerX(), from.y() + from.height()));
                    points.add(new Point(from.centerX(), below));
                    points.add(new Point(outX, below));
                } else {
                    points.add(new Point(from.x() + from.width(), from.centerY()));
                    points.add(new Point(outX, from.centerY()));
                }
                int inX = adjacent ? outX : stages.get(flow.toStage()).x() - STAGE_GAP / 3 - lane % 3 * 4;
                if (!adjacent) {
                    points.add(new Point(outX, laneY));
                    points.add(new Point(inX, laneY));
                }
                // enter the consumer: sideways when nothing stands to its left, else from above
                if (hasLeftNeighbour(boxes, to)) {
                    int above = to.y() - GAP / 2;
                    points.add(new Point(inX, above));
                    points.add(new Point(to.centerX(), above));
                    points.add(new Point(to.centerX(), to.y()));
                } else {
                    points.add(new Point(inX, to.centerY()));
                    points.add(new Point(to.x(), to.centerY()));
                }
                label = adjacent ? new Point(outX, Math.min(points.get(1).y(), to.centerY()) - 8)
                        : new Point((outX + inX) / 2, laneY - 3);
            }
            arrows.add(new Arrow(flow, points, label));
        }
        return arrows;
    }

    private static boolean hasRightNeighbour(List<ActionBox> boxes, ActionBox box) {
        return boxes.stream().anyMatch(b -> b.stageIndex() == box.stageIndex() && b.row() == box.row()
                && b.column() > box.column());
    }

    private static boolean hasLeftNeighbour(List<ActionBox> boxes, ActionBox box) {
        return boxes.stream().anyMatch(b -> b.stageIndex() == box.stageIndex() && b.row() == box.row()
                && b.column() < box.column());
    }

    /** About how wide an arrow label is drawn, in pixels. */
    public static int labelWidth(String artifact) {
        return Math.min(artifact == null ? 0 : artifact.length(), 22) * 7 + 8;
    }

    private static ActionBox find(List<ActionBox> boxes, int stage, int action) {
        for (ActionBox box : boxes) {
            if (box.stageIndex() == stage && box.actionIndex() == action) {
                return box;
            }
        }
        return null;
    }

    public DiagramModel model() {
        return model;
    }

    public List<StageBox> stages() {
        return stages;
    }

    public List<ActionBox> actions() {
        return actions;
    }

    public List<Arrow> arrows() {
        return arrows;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
