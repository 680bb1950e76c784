package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;

/** BS092: a build matrix with nothing to combine: no 'dynamic' section, or one without any dimension. */
public final class BuildMatrixWithoutDynamicRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS092", "build matrix has no dynamic values", Severity.WARNING,
            FileKind.BUILDSPEC,
            "In a build matrix the 'dynamic' properties define the matrix: CodeBuild runs one build for each"
                    + " combination of the listed buildspec files, compute types, images and variable values."
                    + " 'static' only sets what all those builds share. A matrix without 'dynamic' values has"
                    + " nothing to combine.",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-matrix:
                        static:
                          ignore-failure: false
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-matrix:
                        static:
                          ignore-failure: false
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

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("batch") instanceof YamlMapping batch) {
            YamlEntry matrix = batch.entry("build-matrix").orElse(null);
            if (matrix != null && matrix.value() instanceof YamlMapping) {
                check(matrix, context);
            }
        }
    }

    private static void check(YamlEntry matrix, RuleContext context) {
        YamlMapping body = (YamlMapping) matrix.value();
        YamlEntry dynamic = body.entry("dynamic").orElse(null);
        if (dynamic == null) {
            context.report(matrix.key(), "'batch.build-matrix' has no 'dynamic' section, so there is nothing to"
                    + " combine", "add 'dynamic:' with lists of buildspec files, images, compute types or variable"
                    + " values; for a fixed set of builds use 'build-list'");
        } else if (dynamic.value() instanceof YamlMapping values && !hasDimension(values)) {
            context.report(dynamic.key(), "'batch.build-matrix.dynamic' lists no buildspec files, compute"
                    + " types, images or variables, so there is nothing to combine",
                    "add at least one list under 'buildspec' or 'env'");
        }
    }

    private static boolean hasDimension(YamlMapping dynamic) {
        if (present(dynamic, "buildspec")) {
            return true;
        }
        if (!(dynamic.get("env") instanceof YamlMapping env)) {
            return false;
        }
        if (present(env, "compute-type") || present(env, "image")) {
            return true;
        }
        return env.get("variables") instanceof YamlMapping variables && !variables.entries().isEmpty();
    }

    private static boolean present(YamlMapping mapping, String key) {
        return !Buildspec.stringItems(mapping.get(key)).isEmpty();
    }
}
