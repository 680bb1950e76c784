package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BatchTask;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;

/** BS090: a batch task that sets both compute-type and fleet. */
public final class ComputeTypeAndFleetRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS090", "batch task sets both compute-type and fleet",
            Severity.ERROR, FileKind.BUILDSPEC,
            "A batch task runs either on a compute type or on a reserved-capacity fleet (which has its own compute)."
                    + " The batch build reference says 'compute-type' and 'fleet' cannot both be given for one"
                    + " task.",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: arm_build
                          env:
                            compute-type: BUILD_GENERAL1_LARGE
                            fleet: arm-fleet
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: arm_build
                          env:
                            fleet: arm-fleet
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
        for (BatchTask task : BatchTask.all(buildspec)) {
            if (task.body().get("env") instanceof YamlMapping env && env.has("compute-type")) {
                YamlEntry fleet = env.entry("fleet").orElse(null);
                if (fleet != null) {
                    context.report(fleet.key(), "'" + task.path() + ".env' sets both 'compute-type' and 'fleet';"
                            + " a task runs on one or the other",
                            "remove 'compute-type' to run on the fleet, or 'fleet' to run on the compute type");
                }
            }
        }
    }
}
