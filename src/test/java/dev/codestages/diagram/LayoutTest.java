package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link Layout}: stages left to right, run orders top to bottom, parallel actions side by side, no overlap. */
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
