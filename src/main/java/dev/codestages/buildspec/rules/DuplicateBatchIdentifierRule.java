package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BatchTask;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** BS087: two tasks of one batch list with the same identifier. */
public final class DuplicateBatchIdentifierRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS087", "batch identifier is used twice", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Each task of a build graph or build list is named by its identifier: CodeBuild passes it to the build"
                    + " as CODEBUILD_BATCH_BUILD_IDENTIFIER and 'depend-on' refers to tasks by it, so identifiers"
                    + " must be unique in the batch. A warning: uniqueness follows from how identifiers are used,"
                    + " but the batch reference does not state it, and no public report shows what CodeBuild does"
                    + " with a batch that repeats one.",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: linux
                          env:
                            image: aws/codebuild/standard:7.0
                        - identifier: linux
                          env:
                            image: aws/codebuild/amazonlinux-x86_64-standard:5.0
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: ubuntu
                          env:
                            image: aws/codebuild/standard:7.0
                        - identifier: amazonlinux
                          env:
                            image: aws/codebuild/amazonlinux-x86_64-standard:5.0
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
        for (String list : List.of(BatchTask.GRAPH, BatchTask.LIST)) {
            Map<String, BatchTask> seen = new HashMap<>();
            for (BatchTask task : BatchTask.of(buildspec, list)) {
                YamlScalar id = task.identifier().orElse(null);
                if (id == null) {
                    continue;
                }
                BatchTask first = seen.putIfAbsent(id.value(), task);
                if (first != null) {
                    report(id, first, context);
                }
            }
        }
    }

    private static void report(YamlScalar id, BatchTask first, RuleContext context) {
        YamlScalar firstId = first.identifier().orElse(null);
        int line = firstId != null ? firstId.start().line() : first.body().start().line();
        context.report(id, "batch identifier '" + id.value() + "' is already used by '" + first.path()
                + "' (line " + line + ")", "give each task its own identifier");
    }
}
