package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tests {@link Layout}: stages left to right or top to bottom, run orders top to bottom, parallel actions
 * side by side, boxes sized to their measured text, no overlap, artifact lines apart and labels off boxes.
 */
class LayoutTest {

    private final Layout layout = Layout.of(Samples.wide());

    @Test
    void boxesNeverOverlapAndStayInsideTheirStage() {
        List<Layout.ActionBox> actions = layout.actions();
        for (int i = 0; i < actions.size(); i++) {
            Layout.ActionBox a = actions.get(i);
            Layout.StageBox stage = layout.stages().get(a.stageIndex());
            assertThat(a.x()).isGreaterThanOrEqualTo(stage.x());
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(stage.x() + stage.width());
            assertThat(a.y() + a.height()).isLessThanOrEqualTo(stage.y() + stage.height());
            for (int j = i + 1; j < actions.size(); j++) {
                Layout.ActionBox b = actions.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertThat(apart).as("%s and %s", a.action().name(), b.action().name()).isTrue();
            }
        }
        for (int s = 1; s < layout.stages().size(); s++) {
            Layout.StageBox previous = layout.stages().get(s - 1);
            assertThat(layout.stages().get(s).x()).isGreaterThan(previous.x() + previous.width());
        }
        assertThat(layout.width()).isGreaterThan(layout.stages().get(3).x() + layout.stages().get(3).width());
    }

    @Test
    void parallelActionsShareARowAndLaterRunOrdersGoBelow() {
        Layout.ActionBox compile = box("Compile");
        Layout.ActionBox unitTests = box("UnitTests");
        Layout.ActionBox lint = box("Lint");
        Layout.ActionBox pack = box("Package");
        assertThat(unitTests.y()).isEqualTo(lint.y()).isGreaterThan(compile.y());
        assertThat(unitTests.x()).isLessThan(lint.x());
        assertThat(pack.y()).isGreaterThan(lint.y());
        assertThat(List.of(compile.row(), unitTests.row(), lint.row(), pack.row())).containsExactly(0, 1, 1, 2);
    }

    @Test
    void arrowsRunFromTheProducerToTheConsumerWithoutCrossingABox() {
        for (Layout.Arrow arrow : layout.arrows()) {
            List<Layout.Point> points = arrow.points();
            for (int i = 0; i + 1 < points.size(); i++) {
                Layout.Point p = points.get(i);
                Layout.Point q = points.get(i + 1);
                assertThat(p.x() == q.x() || p.y() == q.y()).as("segments are straight").isTrue();
                for (Layout.ActionBox box : layout.actions()) {
                    assertThat(crossesInside(p, q, box)).as("%s crosses %s", arrow.flow().artifact(),
                            box.action().name()).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void inEitherDirectionNoBoxOverlapsAndEveryTransitionJoinsAStageToTheNext(Direction direction) {
        for (DiagramModel model : List.of(Samples.wide(), Samples.longNames(), Samples.classic())) {
            Layout placed = Layout.of(model, direction);
            List<Layout.StageBox> stages = placed.stages();
            for (int i = 0; i < stages.size(); i++) {
                for (int j = i + 1; j < stages.size(); j++) {
                    assertThat(apart(stages.get(i), stages.get(j))).as("stages %d and %d", i, j).isTrue();
                }
            }
            assertThat(placed.transitions()).hasSize(stages.size() - 1);
            for (Layout.TransitionArrow arrow : placed.transitions()) {
                Layout.StageBox from = stages.get(arrow.transition().from());
                Layout.StageBox to = stages.get(arrow.transition().to());
                if (direction == Direction.LR) {
                    assertThat(List.of(arrow.from().x(), arrow.to().x())).containsExactly(from.right(), to.x());
                } else {
                    assertThat(List.of(arrow.from().y(), arrow.to().y())).containsExactly(from.bottom(), to.y());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void parallelArtifactLinesAreAtLeastEightPixelsApartAndNoLabelLiesOnABox(Direction direction) {
        for (DiagramModel model : List.of(Samples.wide(), Samples.longNames())) {
            Layout placed = Layout.of(model, direction);
            List<Layout.Arrow> arrows = placed.arrows();
            for (int i = 0; i < arrows.size(); i++) {
                for (int j = i + 1; j < arrows.size(); j++) {
                    assertLinesApart(arrows.get(i), arrows.get(j));
                }
                Layout.Label label = arrows.get(i).label();
                if (label != null) {
                    for (Layout.StageBox stage : placed.stages()) {
                        boolean off = label.x() + label.width() <= stage.x() || stage.right() <= label.x()
                                || label.y() + label.height() <= stage.y() || stage.bottom() <= label.y();
                        assertThat(off).as("label %s on stage %s", label.text().full(), stage.stage().name()).isTrue();
                    }
                }
            }
        }
    }

    /**
     * Two arrows' parallel segments that run side by side are 8 px apart or more, unless they are one line:
     * the same artifact leaving the same producer, or two artifacts entering the same consumer.
     */
    private static void assertLinesApart(Layout.Arrow a, Layout.Arrow b) {
        DiagramModel.Flow f = a.flow();
        DiagramModel.Flow g = b.flow();
        boolean sameExit = f.fromStage() == g.fromStage() && f.fromAction() == g.fromAction()
                && f.artifact().equals(g.artifact());
        boolean sameEntry = f.toStage() == g.toStage() && f.toAction() == g.toAction();
        for (int i = 0; i + 1 < a.points().size(); i++) {
            for (int j = 0; j + 1 < b.points().size(); j++) {
                Layout.Point p = a.points().get(i);
                Layout.Point q = a.points().get(i + 1);
                Layout.Point r = b.points().get(j);
                Layout.Point t = b.points().get(j + 1);
                int distance;
                boolean side;
                if (p.y() == q.y() && r.y() == t.y()) {
                    distance = Math.abs(p.y() - r.y());
                    side = Math.max(p.x(), q.x()) > Math.min(r.x(), t.x()) && Math.max(r.x(), t.x()) > Math.min(p.x(), q.x());
                } else if (p.x() == q.x() && r.x() == t.x()) {
                    distance = Math.abs(p.x() - r.x());
                    side = Math.max(p.y(), q.y()) > Math.min(r.y(), t.y()) && Math.max(r.y(), t.y()) > Math.min(p.y(), q.y());
                } else {
                    continue;
                }
                if (side && distance < 8) {
                    assertThat(distance == 0 && (sameExit || sameEntry)).as("%s and %s run %d px apart", f, g, distance)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void boxesAreAsWideAsTheirTextAndALongNameWrapsInsteadOfBeingCut() {
        Layout placed = Layout.of(Samples.longNames());
        Layout.ActionBox checkout = placed.actions().get(0);
        assertThat(checkout.name().lines()).hasSize(2);
        assertThat(String.join("", checkout.name().lines())).isEqualTo("CheckoutTheMonorepoFromCodeCommit");
        assertThat(checkout.name().shortened()).isFalse();
        for (Layout.ActionBox box : placed.actions()) {
            int room = box.width() - Layout.NAME_LEFT;
            for (String line : box.name().lines()) {
                assertThat(TextMetrics.width(line, 13, true)).as(line).isLessThan(room);
            }
        }
        Layout.StageBox build = placed.stages().get(1);
        assertThat(String.join("", build.name().lines()))
                .isEqualTo("Build-And-Test-Everything-In-Parallel-Across-All-Supported-Runtimes");
        Layout.ActionBox huge = placed.actions().get(placed.actions().size() - 1);
        assertThat(huge.name().shortened()).as("too long even for two lines").isTrue();
        assertThat(huge.name().lines().get(1)).endsWith("…");
        Layout classic = Layout.of(Samples.classic());
        assertThat(classic.actions().get(0).width()).isEqualTo(Layout.ACTION_MIN_WIDTH);
        // Arial Bold advances B 722, u 611, i 278, l 278, d 611 per mille: 2500 × 13 px / 1000, rounded up
        assertThat(TextMetrics.width("Build", 13, true)).isEqualTo(33);
    }

    private static boolean apart(Layout.StageBox a, Layout.StageBox b) {
        return a.right() <= b.x() || b.right() <= a.x() || a.bottom() <= b.y() || b.bottom() <= a.y();
    }

    /** True when the segment runs through the inside of the box (touching its edge is how arrows end). */
    private static boolean crossesInside(Layout.Point p, Layout.Point q, Layout.ActionBox box) {
        int minX = Math.min(p.x(), q.x());
        int maxX = Math.max(p.x(), q.x());
        int minY = Math.min(p.y(), q.y());
        int maxY = Math.max(p.y(), q.y());
        return maxX > box.x() && minX < box.x() + box.width() && maxY > box.y() && minY < box.y() + box.height();
    }

    private Layout.ActionBox box(String name) {
        return layout.actions().stream().filter(a -> a.action().name().equals(name)).findFirst().orElseThrow();
    }
}
