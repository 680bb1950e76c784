package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.Optional;

/** BS092: a build matrix with nothing to combine: no 'dynamic' section, or one without any dimension. */
public final class BuildMatrixWithoutDynamicRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS092", "build matrix has no dynamic values", Severity.WARNING,
            FileKind.BUILDSPEC,
            "In a build matrix the 'dynamic' properties define the matrix: CodeBuild runs one build for each"
                    + " combination of the listed buildspec files, compute types, images and variable values."
                    + " 'static' only sets what all those builds share. A matrix without 'dynamic' values has"
                    + " nothing to combine.",
            Docs.BATCH, """
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
        buildspec.root().mapping("batch").flatMap(b -> b.entry("build-matrix"))
                .filter(e -> e.value() instanceof YamlMapping)
                .ifPresent(matrix -> check(matrix, context));
    }

    private static void check(YamlEntry matrix, RuleContext context) {
        YamlMapping body = (YamlMapping) matrix.value();
        Optional<YamlEntry> dynamic = body.entry("dynamic");
        if (dynamic.isEmpty()) {
            context.report(matrix.key(), "'batch.build-matrix' has no 'dynamic' section, so there is nothing to"
                    + " combine", "add 'dynamic:' with lists of buildspec files, images, compute types or variable"
                    + " values; for a fixed set of builds use 'build-list'");
        } else if (dynamic.get().value() instanceof YamlMapping values && !hasDimension(values)) {
            context.report(dynamic.get().key(), "'batch.build-matrix.dynamic' lists no buildspec files, compute"
                    + " types, images or variables, so there is nothing to combine",
                    "add at least one list under 'buildspec' or 'env'");
        }
    }

    private static boolean hasDimension(YamlMapping dynamic) {
        if (present(dynamic, "buildspec")) {
            return true;
        }
        return dynamic.mapping("env")
                .map(env -> present(env, "compute-type") || present(env, "image")
                        || env.mapping("variables").map(v -> !v.entries().isEmpty()).orElse(false))
                .orElse(false);
    }

    private static boolean present(YamlMapping mapping, String key) {
        return !Buildspec.stringItems(mapping.get(key)).isEmpty();
    }
}
