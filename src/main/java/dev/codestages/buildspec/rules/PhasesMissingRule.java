package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;

/** BS005: a buildspec needs a 'phases' mapping with at least one phase. */
public final class PhasesMissingRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS005", "buildspec has no phases", Severity.ERROR,
            FileKind.BUILDSPEC,
            "'phases' is required: it holds the commands CodeBuild runs (install, pre_build, build, post_build)."
                    + " A buildspec without it, or with an empty one, has nothing to run. A common cause is"
                    + " indentation: the phases were written at the top level instead of under 'phases:'. A batch"
                    + " buildspec whose every task names a buildspec file of its own needs no phases.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    build:
                      commands:
                        - make
                    """, """
                    version: 0.2
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
        YamlMapping root = buildspec.root();
        YamlNode phases = root.get("phases");
        if (phases == null && buildspec.onlyDrivesBatchBuilds()) {
            return;
        }
        if (phases == null) {
            boolean phasesAtTop = root.has("build") || root.has("install") || root.has("pre_build")
                    || root.has("post_build");
            context.report(Position.START, "buildspec has no 'phases' key",
                    phasesAtTop ? "indent the phases under a 'phases:' key" : "add 'phases:' with a 'build' phase");
        } else if (phases instanceof YamlScalar scalar && scalar.isNull()
                || phases instanceof YamlMapping mapping && mapping.entries().isEmpty()) {
            context.report(root.entry("phases").orElseThrow().key(), "'phases' is empty",
                    "indent the phases under 'phases:' with two more spaces");
        }
    }
}
