package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** BS024: one variable name defined in two of {@code variables}, {@code parameter-store}, {@code secrets-manager}. */
public final class VariableDefinedTwiceRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS024", "variable defined in two env maps", Severity.WARNING,
            FileKind.BUILDSPEC,
            "A name can be given a value in 'env.variables', 'env.parameter-store' and 'env.secrets-manager', but"
                    + " the build has only one variable of that name. The reference documents the precedence"
                    + " between the start-build call, the project and the buildspec, not between these three maps,"
                    + " so which value the commands see is undocumented. Often one of them is a leftover (a"
                    + " secret moved to Parameter Store and still in 'variables'). Keep one definition.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      variables:
                        DOCKER_USER: ci-bot
                      parameter-store:
                        DOCKER_USER: /ci/docker/user
                    phases:
                      build:
                        commands:
                          - docker login -u "$DOCKER_USER"
                    """, """
                    version: 0.2
                    env:
                      parameter-store:
                        DOCKER_USER: /ci/docker/user
                    phases:
                      build:
                        commands:
                          - docker login -u "$DOCKER_USER"
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final Comparator<BuildEnvironment.Variable> IN_FILE_ORDER =
            Comparator.comparing(d -> d.key().start());

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        List<BuildEnvironment.Variable> definitions = new ArrayList<>(buildspec.environment().definitions());
        if (definitions.size() < 2) {
            return;
        }
        definitions.sort(IN_FILE_ORDER);
        Map<String, BuildEnvironment.Variable> first = new HashMap<>();
        for (BuildEnvironment.Variable d : definitions) {
            if (SkeletonPlaceholders.isPlaceholder(d)) {
                continue;
            }
            BuildEnvironment.Variable earlier = first.putIfAbsent(d.name(), d);
            if (earlier != null && !earlier.map().equals(d.map())) {
                context.report(d.key(), "'" + d.name() + "' is defined in both '" + earlier.where()
                        + "' (line " + earlier.key().start().line() + ") and '" + d.where()
                        + "'; which value the build gets is not documented",
                        "keep only one of the two definitions");
            }
        }
    }
}
