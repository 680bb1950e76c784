package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BatchTask;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** BS089: build-graph tasks that wait for each other (or a task that waits for itself). */
public final class DependencyCycleRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS089", "build graph has a dependency cycle", Severity.WARNING,
            FileKind.BUILDSPEC,
            "A build-graph task starts only after every task in its 'depend-on' has completed. When tasks depend on"
                    + " each other in a circle, or a task depends on itself, none of them can ever start. A warning:"
                    + " the batch reference does not say whether CodeBuild refuses such a batch when it starts or"
                    + " leaves the tasks waiting, and no public report shows either.",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-graph:
                        - identifier: compile
                          depend-on:
                            - test
                        - identifier: test
                          depend-on:
                            - compile
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-graph:
                        - identifier: compile
                        - identifier: test
                          depend-on:
                            - compile
                    phases:
                      build:
                        commands:
                          - make
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        Map<String, List<YamlScalar>> edges = new LinkedHashMap<>();
        for (BatchTask task : BatchTask.of(buildspec, BatchTask.GRAPH)) {
            YamlScalar id = task.identifier().orElse(null);
            if (id != null) {
                edges.putIfAbsent(id.value(), task.dependOn());
            }
        }
        Set<String> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            if (reported.contains(start)) {
                continue;
            }
            List<YamlScalar> cycle = findCycle(start, edges);
            if (cycle != null) {
                List<String> names = new ArrayList<>(List.of(start));
                for (YamlScalar step : cycle) {
                    names.add(step.value());
                }
                reported.addAll(names);
                String message = names.size() == 2 ? "build-graph task '" + start + "' depends on itself"
                        : "build-graph tasks depend on each other in a cycle: " + String.join(" -> ", names)
                                + "; none of them can start";
                context.report(cycle.get(0), message, "remove one 'depend-on' entry of the cycle");
            }
        }
    }

    /**
     * The shortest chain of depend-on entries leading from {@code start} back to it, as the entries taken (the
     * first belongs to {@code start}), or null when there is none. Breadth-first, so the reported cycle is short.
     */
    static List<YamlScalar> findCycle(String start, Map<String, List<YamlScalar>> edges) {
        Map<String, List<YamlScalar>> pathTo = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(List.of(start));
        pathTo.put(start, List.of());
        for (int i = 0; i < queue.size(); i++) {
            String current = queue.get(i);
            for (YamlScalar step : edges.getOrDefault(current, List.of())) {
                List<YamlScalar> path = new ArrayList<>(pathTo.get(current));
                path.add(step);
                if (step.value().equals(start)) {
                    return path;
                }
                if (edges.containsKey(step.value()) && !pathTo.containsKey(step.value())) {
                    pathTo.put(step.value(), path);
                    queue.add(step.value());
                }
            }
        }
        return null;
    }
}
