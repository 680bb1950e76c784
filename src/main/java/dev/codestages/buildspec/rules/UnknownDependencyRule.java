package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BatchTask;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** BS088: a build-graph task that depends on an identifier no task of the graph has. */
public final class UnknownDependencyRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS088", "depend-on names an unknown task", Severity.WARNING,
            FileKind.BUILDSPEC,
            "A build-graph task waits for the tasks whose identifiers it lists in 'depend-on'. An identifier that no"
                    + " task of the same graph has (often a typo, or a task that was renamed) leaves nothing to"
                    + " wait for, so the batch cannot run as written. A warning: the batch reference does not say"
                    + " what CodeBuild does with such a task (refuse the batch, or never start the task), and no"
                    + " public report shows it.",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-graph:
                        - identifier: build_amd64
                        - identifier: build_arm64
                        - identifier: manifest
                          depend-on:
                            - build_amd64
                            - build_aarch64
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-graph:
                        - identifier: build_amd64
                        - identifier: build_arm64
                        - identifier: manifest
                          depend-on:
                            - build_amd64
                            - build_arm64
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
        List<BatchTask> tasks = BatchTask.of(buildspec, BatchTask.GRAPH);
        Set<String> known = new LinkedHashSet<>();
        for (BatchTask task : tasks) {
            YamlScalar id = task.identifier().orElse(null);
            if (id != null) {
                known.add(id.value());
            }
        }
        for (BatchTask task : tasks) {
            for (YamlScalar dependency : task.dependOn()) {
                if (!known.contains(dependency.value())) {
                    context.report(dependency, "'" + task.path() + ".depend-on' names '" + dependency.value()
                            + "', which is not the identifier of any task in 'batch.build-graph'",
                            hint(dependency.value(), known));
                }
            }
        }
    }

    private static String hint(String given, Set<String> known) {
        String typo = DidYouMean.hint(given, known);
        if (typo != null || known.isEmpty()) {
            return typo;
        }
        return "known identifiers: " + String.join(", ", known);
    }
}
