package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** BS085: more than one batch type (build-graph, build-list, build-matrix, build-fanout) in one buildspec. */
public final class MultipleBatchTypesRule implements BuildspecRule {

    static final List<String> TYPES = List.of("build-graph", "build-list", "build-matrix", "build-fanout");

    static final RuleInfo INFO = new RuleInfo("BS085", "more than one batch type", Severity.WARNING,
            FileKind.BUILDSPEC,
            "The batch build reference documents build-graph, build-list, build-matrix and build-fanout as"
                    + " alternatives: what 'batch' contains depends on the one type of batch build it defines."
                    + " Which one CodeBuild runs when several are present is not documented, so the others are"
                    + " likely ignored. Keep one type; a build graph can express a list (tasks without depend-on).",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: linux
                      build-graph:
                        - identifier: windows
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-graph:
                        - identifier: linux
                        - identifier: windows
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
        if (!(buildspec.root().get("batch") instanceof YamlMapping batch)) {
            return;
        }
        String first = null;
        for (YamlEntry entry : batch.entries()) {
            if (!TYPES.contains(entry.keyText())) {
                continue;
            }
            if (first == null) {
                first = entry.keyText();
            } else {
                context.report(entry.key(), "'batch' has both '" + first + "' and '" + entry.keyText()
                        + "'; a batch build is of one type", "keep one of them, or move the other into a"
                        + " buildspec of its own");
            }
        }
    }
}
