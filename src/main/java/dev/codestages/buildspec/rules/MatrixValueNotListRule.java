package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;

/** BS093: a dynamic build-matrix value written as one scalar instead of a list of alternatives. */
public final class MatrixValueNotListRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS093", "build matrix value is not a list", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Under 'batch.build-matrix.dynamic', 'buildspec', 'env.compute-type', 'env.image' and each variable in"
                    + " 'env.variables' are lists: CodeBuild runs one build per combination of their items. A single"
                    + " value is at best a dimension of one, and often a list whose dashes were forgotten, such as"
                    + " 'MY_VAR: a b c' meant as three values. (In build-list and build-graph tasks, variables are"
                    + " single values.)",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-matrix:
                        dynamic:
                          env:
                            variables:
                              NODE_VERSION: 20 22
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-matrix:
                        dynamic:
                          env:
                            variables:
                              NODE_VERSION:
                                - "20"
                                - "22"
                    phases:
                      build:
                        commands:
                          - make
                    """);

    private static final String DYNAMIC = "batch.build-matrix.dynamic";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("batch") instanceof YamlMapping batch
                && batch.get("build-matrix") instanceof YamlMapping matrix
                && matrix.get("dynamic") instanceof YamlMapping dynamic) {
            check(dynamic, context);
        }
    }

    private static void check(YamlMapping dynamic, RuleContext context) {
        check(DYNAMIC + ".buildspec", dynamic.get("buildspec"), context);
        if (dynamic.get("env") instanceof YamlMapping env) {
            check(DYNAMIC + ".env.compute-type", env.get("compute-type"), context);
            check(DYNAMIC + ".env.image", env.get("image"), context);
            if (env.get("variables") instanceof YamlMapping variables) {
                for (YamlEntry variable : variables.entries()) {
                    check(DYNAMIC + ".env.variables." + variable.keyText(), variable.value(), context);
                }
            }
        }
    }

    private static void check(String path, YamlNode value, RuleContext context) {
        if (value instanceof YamlScalar scalar && !scalar.isNull()) {
            context.report(scalar, "'" + path + "' is the single value " + scalar.quoted()
                    + "; in a build matrix it is a list of values, one build each", "write each value on its own"
                    + " line starting with '- '");
        }
    }
}
