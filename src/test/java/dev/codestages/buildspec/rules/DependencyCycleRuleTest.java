package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link DependencyCycleRule}. */
class DependencyCycleRuleTest {

    private static List<Finding> cycles(String graph) {
        String text = "version: 0.2\nbatch:\n  build-graph:\n" + graph + "phases:\n  build:\n    commands:\n      - make\n";
        return new Linter().lintBytes("buildspec.yml", text.getBytes(StandardCharsets.UTF_8), FileKind.BUILDSPEC)
                .findings().stream().filter(f -> f.rule().equals("BS089")).toList();
    }

    @Test
    void reportsEachCycleOnceWithItsShortestPath() {
        List<Finding> findings = cycles("""
                    - identifier: a
                      depend-on: [b, c]
                    - identifier: b
                      depend-on: [a]
                    - identifier: c
                      depend-on: [d]
                    - identifier: d
                      depend-on: [a]
                """);
        assertThat(findings).extracting(Finding::line, Finding::column, Finding::message).containsExactly(
                tuple(5, 19, "build-graph tasks depend on each other in a cycle: a -> b -> a; none of them can start"),
                tuple(9, 19, "build-graph tasks depend on each other in a cycle: c -> d -> a -> c; none of them can"
                        + " start"));
    }

    @Test
    void reportsACycleReachedOnlyThroughATaskOutsideIt() {
        List<Finding> findings = cycles("""
                    - identifier: start
                      depend-on: [x]
                    - identifier: x
                      depend-on: [y]
                    - identifier: y
                      depend-on: [x]
                """);
        assertThat(findings).extracting(Finding::line, Finding::message).containsExactly(
                tuple(7, "build-graph tasks depend on each other in a cycle: x -> y -> x; none of them can start"));
    }

    @Test
    void ignoresUnknownDependenciesAndTasksWithoutIdentifier() {
        assertThat(cycles("""
                    - identifier: a
                      depend-on: [missing]
                    - depend-on: [a]
                    - identifier: b
                      depend-on: [a, missing]
                """)).isEmpty();
    }

    @Test
    void findsNothingInALongChain() {
        StringBuilder graph = new StringBuilder("    - identifier: t0\n");
        for (int i = 1; i < 200; i++) {
            graph.append("    - identifier: t").append(i).append("\n      depend-on: [t").append(i - 1).append("]\n");
        }
        assertThat(cycles(graph.toString())).isEmpty();
    }
}
