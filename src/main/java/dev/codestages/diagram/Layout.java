package dev.codestages.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Places a {@link DiagramModel} once, for every graphical renderer. Stages follow each other left to
 * right ({@link Direction#LR}) or top to bottom ({@link Direction#TB}), linked by their transitions;
 * inside a stage one row per run order, parallel actions side by side. Box widths come from the
 * measured text they hold ({@link TextMetrics}); a name too long for the widest box wraps to a second
 * line. Artifact arrows are secondary: each leaves its producer through the gap under its row, runs in
 * a lane of its own outside every stage (above the stages for LR, right of them for TB) and enters its
 * consumer through the gap above its row, so no arrow crosses a box, no label lies on a box and parallel
 * lines are {@link #LANE} pixels apart. All coordinates are in pixels.
 */
public final class Layout {

    public static final int ACTION_MIN_WIDTH = 160;
    public static final int ACTION_MAX_WIDTH = 280;
    public static final int GAP = 18;
    public static final int STAGE_PADDING = 16;
    public static final int STAGE_HEADER = 40;
    public static final int STAGE_GAP = 72;
    public static final int MARGIN = 24;
    public static final int TITLE_HEIGHT = 40;
    /** The distance between parallel artifact lines (lanes, channels, lines in a gap between rows). */
    public static final int LANE = 16;
    /** Where an action's name starts, right of its provider badge. */
    public static final int NAME_LEFT = 52;
    static final int TEXT_RIGHT = 10;
    static final int ACTION_HEIGHT = 64;
    static final int ACTION_HEIGHT_WRAPPED = 80;
    static final int STAGE_GAP_TB = 48;
    static final int STAGE_NAME_MAX = 420;
    /** The line height of a stage name, which a header grows by when a name takes two lines. */
    public static final int STAGE_NAME_LINE = 19;
    static final int LABEL_MAX = 360;
    static final int LABEL_HEIGHT = 14;
    static final double TITLE_SIZE = 20;
    static final double STAGE_NAME_SIZE = 16;
    static final double ACTION_NAME_SIZE = 13;
    static final double SMALL_SIZE = 11;

    /** A stage's box and its name fitted to it. */
    public record StageBox(int index, DiagramModel.Stage stage, int x, int y, int width, int height, TextBlock name) {

        public int right() {
            return x + width;
        }

        public int bottom() {
            return y + height;
        }
    }

    /** An action's box: its stage, its index in the stage, its row (run order group) and column, its texts. */
    public record ActionBox(int stageIndex, int actionIndex, DiagramModel.Action action, int row, int column, int x,
                            int y, int width, int height, TextBlock name, TextBlock detail) {

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

    /** An artifact label's background box (top left corner and size) and its text. */
    public record Label(int x, int y, int width, int height, TextBlock text) {
    }

    /** An artifact arrow as a polyline; {@code label} is null where another arrow on the same line carries it. */
    public record Arrow(DiagramModel.Flow flow, List<Point> points, Label label) {
        public Arrow {
            points = List.copyOf(points);
        }
    }

    /** A transition drawn from the edge of one stage to the edge of the next. */
    public record TransitionArrow(DiagramModel.Transition transition, Point from, Point to) {
    }

    private final DiagramModel model;
    private final Direction direction;
    private final List<StageBox> stages;
    private final List<ActionBox> actions;
    private final List<Arrow> arrows;
    private final List<TransitionArrow> transitions;
    private final int width;
    private final int height;

    private Layout(DiagramModel model, Direction direction, List<StageBox> stages, List<ActionBox> actions,
                   List<Arrow> arrows, List<TransitionArrow> transitions, int width, int height) {
        this.model = model;
        this.direction = direction;
        this.stages = List.copyOf(stages);
        this.actions = List.copyOf(actions);
        this.arrows = List.copyOf(arrows);
        this.transitions = List.copyOf(transitions);
        this.width = width;
        this.height = height;
    }

    public static Layout of(DiagramModel model) {
        return of(model, Direction.LR);
    }

    public static Layout of(DiagramModel model, Direction direction) {
        return new Builder(model, direction).build();
    }

    /** Indexes of a stage's actions grouped by run order, smallest first, file order inside a group. */
    static List<List<Integer>> groups(DiagramModel.Stage stage) {
        Map<Integer, List<Integer>> byOrder = new TreeMap<>();
        for (int a = 0; a < stage.actions().size(); a++) {
            byOrder.computeIfAbsent(stage.actions().get(a).runOrder(), k -> new ArrayList<>()).add(a);
        }
        return new ArrayList<>(byOrder.values());
    }

    /** The text under an action's name: its provider (or "approval gate") and its run status. */
    static String detail(DiagramModel.Action action) {
        return (action.isApproval() ? "approval gate" : action.provider())
                + (action.status() == null ? "" : " · " + action.status().label());
    }

    /** One layout computation: measure, place the stages and actions, then route the arrows. */
    private static final class Builder {

        private final DiagramModel model;
        private final Direction direction;
        private final int count;
        private final List<List<List<Integer>>> groups = new ArrayList<>();
        private final List<DiagramModel.Flow> flows = new ArrayList<>();
        private final Map<String, Integer> rowOf = new HashMap<>();
        private final Map<String, ActionBox> boxes = new HashMap<>();
        private final Map<String, Integer> lineY = new HashMap<>();
        private final List<StageBox> stageBoxes = new ArrayList<>();
        private final List<ActionBox> actionBoxes = new ArrayList<>();
        private final TextBlock[][] names;
        private final TextBlock[][] details;
        private final int[] columnWidth;
        private int actionHeight = ACTION_HEIGHT;
        private int header = STAGE_HEADER;

        Builder(DiagramModel model, Direction direction) {
            this.model = model;
            this.direction = direction;
            this.count = model.stages().size();
            this.names = new TextBlock[count][];
            this.details = new TextBlock[count][];
            this.columnWidth = new int[count];
            for (int s = 0; s < count; s++) {
                List<List<Integer>> stageGroups = Layout.groups(model.stages().get(s));
                groups.add(stageGroups);
                for (int row = 0; row < stageGroups.size(); row++) {
                    for (int a : stageGroups.get(row)) {
                        rowOf.put(s + ":" + a, row);
                    }
                }
            }
            for (DiagramModel.Flow flow : model.flows()) {
                boolean known = rowOf.containsKey(flow.fromStage() + ":" + flow.fromAction())
                        && rowOf.containsKey(flow.toStage() + ":" + flow.toAction());
                boolean forward = flow.fromStage() < flow.toStage() || flow.fromStage() == flow.toStage()
                        && rowOf.get(flow.fromStage() + ":" + flow.fromAction())
                        < rowOf.get(flow.toStage() + ":" + flow.toAction());
                if (known && forward) {
                    flows.add(flow);
                }
            }
        }

        Layout build() {
            measureActions();
            if (model.stages().stream().anyMatch(stage -> stageName(stage).lines().size() > 1)) {
                header = STAGE_HEADER + STAGE_NAME_LINE;
            }
            int[] stageWidth = stageWidths();
            int[] stageX = stageXs(stageWidth);
            int lanes = exitKeys().size();
            int top = MARGIN + TITLE_HEIGHT + (direction == Direction.LR && lanes > 0 ? lanes * LANE + 4 : 0);
            int[][] gapHeights = new int[count][];
            int tallest = 0;
            int[] stageHeight = new int[count];
            for (int s = 0; s < count; s++) {
                gapHeights[s] = gapHeights(s);
                int inner = header + java.util.Arrays.stream(gapHeights[s]).sum()
                        + groups.get(s).size() * actionHeight;
                stageHeight[s] = Math.max(inner, header + 2 * STAGE_PADDING + actionHeight);
                tallest = Math.max(tallest, stageHeight[s]);
            }
            int y = top;
            for (int s = 0; s < count; s++) {
                int h = direction == Direction.LR ? tallest : stageHeight[s];
                DiagramModel.Stage stage = model.stages().get(s);
                stageBoxes.add(new StageBox(s, stage, stageX[s], direction == Direction.LR ? top : y, stageWidth[s], h,
                        stageName(stage)));
                placeActions(s, stageBoxes.get(s), gapHeights[s]);
                y += h + STAGE_GAP_TB;
            }
            placeLines();
            List<TransitionArrow> transitionArrows = transitions();
            int right = count == 0 ? MARGIN : stageBoxes.get(count - 1).right();
            int width;
            int height;
            List<Arrow> arrows;
            if (direction == Direction.LR) {
                width = right + gapWidth(count) + MARGIN;
                height = top + tallest + MARGIN;
                arrows = routeLeftToRight(top);
            } else {
                int strip = flows.isEmpty() ? 0 : labelStrip();
                width = right + strip + lanes * LANE + MARGIN;
                height = (count == 0 ? top : stageBoxes.get(count - 1).bottom()) + MARGIN;
                arrows = routeTopToBottom(right, strip);
            }
            width = Math.max(width, Math.max(2 * MARGIN + 320,
                    2 * MARGIN + TextMetrics.width(model.title(), TITLE_SIZE, true)));
            arrows = clampLabels(arrows, width);
            return new Layout(model, direction, stageBoxes, actionBoxes, arrows, transitionArrows, width, height);
        }

        private void measureActions() {
            int nameRoom = ACTION_MAX_WIDTH - NAME_LEFT - TEXT_RIGHT;
            for (int s = 0; s < count; s++) {
                List<DiagramModel.Action> actions = model.stages().get(s).actions();
                names[s] = new TextBlock[actions.size()];
                details[s] = new TextBlock[actions.size()];
                columnWidth[s] = ACTION_MIN_WIDTH;
                for (int a = 0; a < actions.size(); a++) {
                    names[s][a] = TextBlock.fit(actions.get(a).name(), ACTION_NAME_SIZE, true, nameRoom, 2);
                    details[s][a] = TextBlock.fit(detail(actions.get(a)), SMALL_SIZE, false, ACTION_MAX_WIDTH - 20, 1);
                    if (names[s][a].lines().size() > 1) {
                        actionHeight = ACTION_HEIGHT_WRAPPED;
                    }
                    int wanted = Math.max(names[s][a].width() + NAME_LEFT + TEXT_RIGHT, details[s][a].width() + 20);
                    columnWidth[s] = Math.min(ACTION_MAX_WIDTH, Math.max(columnWidth[s], wanted));
                }
            }
        }

        private int[] stageWidths() {
            int[] widths = new int[count];
            int widest = 0;
            for (int s = 0; s < count; s++) {
                int columns = Math.max(1, groups.get(s).stream().mapToInt(List::size).max().orElse(1));
                int content = 2 * STAGE_PADDING + columns * columnWidth[s] + (columns - 1) * GAP;
                widths[s] = Math.max(content, headerWidth(model.stages().get(s)));
                widest = Math.max(widest, widths[s]);
            }
            if (direction == Direction.TB) {
                java.util.Arrays.fill(widths, widest);
            }
            return widths;
        }

        private static int headerWidth(DiagramModel.Stage stage) {
            return 2 * STAGE_PADDING + stageName(stage).width() + statusWidth(stage);
        }

        private static int statusWidth(DiagramModel.Stage stage) {
            return stage.status() == null ? 0 : 12 + TextMetrics.width(stage.status().label(), SMALL_SIZE, false);
        }

        private static TextBlock stageName(DiagramModel.Stage stage) {
            return TextBlock.fit(stage.name(), STAGE_NAME_SIZE, true, STAGE_NAME_MAX, 2);
        }

        /** For LR, the gap before stage {@code g} (g = count: after the last) is wide enough for its channels. */
        private int gapWidth(int g) {
            long channels = channels(g);
            if (g == 0 || g == count) {
                return channels == 0 ? 0 : (int) (LANE * (channels + 1));
            }
            return (int) Math.max(STAGE_GAP, LANE * (channels + 1));
        }

        /**
         * How many lines run up and down the gap before stage g: one per artifact leaving stage g - 1 (shared by
         * its consumers) and one per flow entering stage g.
         */
        private long channels(int g) {
            return flows.stream().filter(f -> f.fromStage() == g - 1).map(Builder::exitKey).distinct().count()
                    + flows.stream().filter(f -> f.toStage() == g).count();
        }

        /** Each artifact leaving its producer once, in the order of the flows: one lane each. */
        private List<String> exitKeys() {
            return flows.stream().map(Builder::exitKey).distinct().toList();
        }

        private int[] stageXs(int[] widths) {
            int[] xs = new int[count];
            int x = MARGIN + (direction == Direction.LR ? gapWidth(0) : 0);
            for (int s = 0; s < count; s++) {
                xs[s] = direction == Direction.LR ? x : MARGIN;
                x += widths[s] + gapWidth(s + 1);
            }
            return xs;
        }

        private static String exitKey(DiagramModel.Flow flow) {
            return "out:" + flow.fromStage() + ":" + flow.fromAction() + ":" + flow.artifact();
        }

        private static String entryKey(DiagramModel.Flow flow) {
            return "in:" + flow.toStage() + ":" + flow.toAction();
        }

        /** The lines that leave row r - 1 and enter row r of stage s, each once. */
        private List<String> exitsBelow(int s, int row) {
            return flows.stream().filter(f -> f.fromStage() == s && rowOf.get(s + ":" + f.fromAction()) == row)
                    .map(Builder::exitKey).distinct().toList();
        }

        private List<String> entriesAbove(int s, int row) {
            return flows.stream().filter(f -> f.toStage() == s && rowOf.get(s + ":" + f.toAction()) == row)
                    .map(Builder::entryKey).distinct().toList();
        }

        /** Gap r of a stage lies above row r (the last one under the last row); tall enough for its lines. */
        private int[] gapHeights(int s) {
            int rows = groups.get(s).size();
            int[] heights = new int[rows + 1];
            for (int r = 0; r <= rows; r++) {
                int lines = exitsBelow(s, r - 1).size() + entriesAbove(s, r).size();
                int base = r == 0 || r == rows ? STAGE_PADDING : GAP;
                heights[r] = Math.max(base, lines == 0 ? 0 : LANE * (lines + 1));
            }
            return heights;
        }

        private void placeActions(int s, StageBox stage, int[] gapHeights) {
            List<List<Integer>> stageGroups = groups.get(s);
            int y = stage.y() + header + gapHeights[0];
            for (int row = 0; row < stageGroups.size(); row++) {
                List<Integer> group = stageGroups.get(row);
                // a row with fewer parallel actions is centred in its stage
                int rowWidth = group.size() * columnWidth[s] + (group.size() - 1) * GAP;
                int rowX = stage.x() + (stage.width() - rowWidth) / 2;
                for (int column = 0; column < group.size(); column++) {
                    int a = group.get(column);
                    ActionBox box = new ActionBox(s, a, stage.stage().actions().get(a), row, column,
                            rowX + column * (columnWidth[s] + GAP), y, columnWidth[s], actionHeight, names[s][a],
                            details[s][a]);
                    actionBoxes.add(box);
                    boxes.put(s + ":" + a, box);
                }
                y += actionHeight + gapHeights[row + 1];
            }
        }

        /**
         * The y of each exit and entry line. Exits hug the row above (the rightmost producer nearest), entries
         * the row below (the leftmost consumer nearest), so the short vertical ends never cross a line.
         */
        private void placeLines() {
            for (int s = 0; s < count; s++) {
                for (int row = 0; row < groups.get(s).size(); row++) {
                    List<String> exits = new ArrayList<>(exitsBelow(s, row));
                    exits.sort(Comparator.comparingInt((String key) -> box(key).centerX()).reversed());
                    for (int i = 0; i < exits.size(); i++) {
                        ActionBox producer = box(exits.get(i));
                        lineY.put(exits.get(i), producer.y() + producer.height() + LANE * (i + 1));
                    }
                    List<String> entries = new ArrayList<>(entriesAbove(s, row));
                    entries.sort(Comparator.comparingInt(key -> box(key).centerX()));
                    for (int i = 0; i < entries.size(); i++) {
                        lineY.put(entries.get(i), box(entries.get(i)).y() - LANE * (i + 1));
                    }
                }
            }
        }

        private ActionBox box(String key) {
            String[] parts = key.split(":");
            return boxes.get(parts[1] + ":" + parts[2]);
        }

        private ActionBox producer(DiagramModel.Flow flow) {
            return boxes.get(flow.fromStage() + ":" + flow.fromAction());
        }

        private ActionBox consumer(DiagramModel.Flow flow) {
            return boxes.get(flow.toStage() + ":" + flow.toAction());
        }

        /**
         * Each artifact's lane by exit key (0 nearest the stages): the shortest hand-overs nearest, so the long
         * ones pass over them.
         */
        private Map<String, Integer> lanes() {
            List<String> keys = new ArrayList<>(exitKeys());
            Map<String, Integer> reach = new HashMap<>();
            for (DiagramModel.Flow flow : flows) {
                reach.merge(exitKey(flow), flow.toStage() - flow.fromStage(), Math::max);
            }
            keys.sort(Comparator.comparingInt(reach::get));
            Map<String, Integer> lanes = new HashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                lanes.put(keys.get(k), k);
            }
            return lanes;
        }

        private List<Arrow> routeLeftToRight(int top) {
            // the channel each artifact climbs out of its producer's gap, and each flow comes down into its consumer's
            Map<String, Integer> outX = new HashMap<>();
            int[] inX = new int[flows.size()];
            for (int g = 0; g <= count; g++) {
                int x = g == 0 ? MARGIN : stageBoxes.get(g - 1).right();
                for (DiagramModel.Flow flow : flows) {
                    if (flow.fromStage() == g - 1 && !outX.containsKey(exitKey(flow))) {
                        x += LANE;
                        outX.put(exitKey(flow), x);
                    }
                }
                for (int i = 0; i < flows.size(); i++) {
                    if (flows.get(i).toStage() == g) {
                        x += LANE;
                        inX[i] = x;
                    }
                }
            }
            Map<String, Integer> lanes = lanes();
            Map<String, int[]> span = new HashMap<>();
            for (int i = 0; i < flows.size(); i++) {
                int out = outX.get(exitKey(flows.get(i)));
                span.merge(exitKey(flows.get(i)), new int[] {Math.min(out, inX[i]), Math.max(out, inX[i])},
                        (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
            List<Arrow> arrows = new ArrayList<>();
            java.util.Set<String> labelled = new java.util.HashSet<>();
            for (int i = 0; i < flows.size(); i++) {
                DiagramModel.Flow flow = flows.get(i);
                String key = exitKey(flow);
                int laneY = top - LANE * (lanes.get(key) + 1);
                ActionBox from = producer(flow);
                ActionBox to = consumer(flow);
                int exitY = lineY.get(key);
                int entryY = lineY.get(entryKey(flow));
                int out = outX.get(key);
                List<Point> points = List.of(new Point(from.centerX(), from.y() + from.height()),
                        new Point(from.centerX(), exitY), new Point(out, exitY), new Point(out, laneY),
                        new Point(inX[i], laneY), new Point(inX[i], entryY), new Point(to.centerX(), entryY),
                        new Point(to.centerX(), to.y()));
                Label label = null;
                if (labelled.add(key)) {
                    TextBlock text = labelText(flow);
                    int labelWidth = text.width() + 8;
                    int[] lane = span.get(key);
                    label = new Label((lane[0] + lane[1]) / 2 - labelWidth / 2, laneY - LABEL_HEIGHT / 2, labelWidth,
                            LABEL_HEIGHT, text);
                }
                arrows.add(new Arrow(flow, points, label));
            }
            return arrows;
        }

        private static TextBlock labelText(DiagramModel.Flow flow) {
            return TextBlock.fit(flow.artifact(), SMALL_SIZE, false, LABEL_MAX, 1);
        }

        private int labelStrip() {
            return flows.stream().mapToInt(f -> labelText(f).width()).max().orElse(0) + 8 + 2 * LANE;
        }

        private List<Arrow> routeTopToBottom(int right, int strip) {
            List<Arrow> arrows = new ArrayList<>();
            Map<String, Integer> lanes = lanes();
            Map<String, Boolean> labelled = new LinkedHashMap<>();
            for (int i = 0; i < flows.size(); i++) {
                DiagramModel.Flow flow = flows.get(i);
                int laneX = right + strip + LANE * lanes.get(exitKey(flow));
                ActionBox from = producer(flow);
                ActionBox to = consumer(flow);
                int exitY = lineY.get(exitKey(flow));
                int entryY = lineY.get(entryKey(flow));
                List<Point> points = List.of(new Point(from.centerX(), from.y() + from.height()),
                        new Point(from.centerX(), exitY), new Point(laneX, exitY), new Point(laneX, entryY),
                        new Point(to.centerX(), entryY), new Point(to.centerX(), to.y()));
                Label label = null;
                if (labelled.putIfAbsent(exitKey(flow), true) == null) {
                    TextBlock text = labelText(flow);
                    label = new Label(right + LANE, exitY - LABEL_HEIGHT / 2, text.width() + 8, LABEL_HEIGHT, text);
                }
                arrows.add(new Arrow(flow, points, label));
            }
            return arrows;
        }

        /** Keeps every label inside the picture (a lane near the left or right edge). */
        private static List<Arrow> clampLabels(List<Arrow> arrows, int width) {
            List<Arrow> clamped = new ArrayList<>();
            for (Arrow arrow : arrows) {
                Label l = arrow.label();
                if (l != null) {
                    int x = Math.max(MARGIN / 2, Math.min(l.x(), width - MARGIN / 2 - l.width()));
                    l = new Label(x, l.y(), l.width(), l.height(), l.text());
                }
                clamped.add(new Arrow(arrow.flow(), arrow.points(), l));
            }
            return clamped;
        }

        private List<TransitionArrow> transitions() {
            List<TransitionArrow> arrows = new ArrayList<>();
            for (DiagramModel.Transition transition : model.transitions()) {
                if (transition.from() < 0 || transition.to() >= count) {
                    continue;
                }
                StageBox from = stageBoxes.get(transition.from());
                StageBox to = stageBoxes.get(transition.to());
                if (direction == Direction.LR) {
                    int y = from.y() + STAGE_HEADER / 2;
                    arrows.add(new TransitionArrow(transition, new Point(from.right(), y), new Point(to.x(), y)));
                } else {
                    int x = from.x() + from.width() / 2;
                    arrows.add(new TransitionArrow(transition, new Point(x, from.bottom()), new Point(x, to.y())));
                }
            }
            return arrows;
        }
    }

    public DiagramModel model() {
        return model;
    }

    public Direction direction() {
        return direction;
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

    public List<TransitionArrow> transitions() {
        return transitions;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
