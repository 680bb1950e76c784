package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/** BS091: a build fanout with a parallelism below 1. */
public final class FanoutParallelismRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS091", "build fanout parallelism is below 1", Severity.ERROR,
            FileKind.BUILDSPEC,
            "'batch.build-fanout.parallelism' is the number of builds that run the tests in parallel; CodeBuild"
                    + " splits the tests into that many shards. Zero or a negative number leaves no build to run"
                    + " them.",
            BuildspecDocPages.BATCH, """
                    version: 0.2
                    batch:
                      build-fanout:
                        parallelism: 0
                    phases:
                      build:
                        commands:
                          - codebuild-tests-run --test-command 'npx jest' --files-search "codebuild-glob-search '**/*.test.js'"
                    """, """
                    version: 0.2
                    batch:
                      build-fanout:
                        parallelism: 4
                    phases:
                      build:
                        commands:
                          - codebuild-tests-run --test-command 'npx jest' --files-search "codebuild-glob-search '**/*.test.js'"
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("batch") instanceof YamlMapping batch
                && batch.get("build-fanout") instanceof YamlMapping fanout
                && fanout.get("parallelism") instanceof YamlScalar p && !p.isNull()
                && p.type() == ScalarType.INTEGER && belowOne(p)) {
            context.report(p, "'batch.build-fanout.parallelism' is " + p.value() + "; it must be at least 1",
                    "give the number of builds to split the tests across");
        }
    }

    /** Zero or negative, in any YAML 1.1 integer notation (0, -3, 0x0, 0b0, 00, 1_000 are all integers). */
    static boolean belowOne(YamlScalar integer) {
        String text = integer.value().replace("_", "");
        boolean negative = text.startsWith("-");
        if (text.startsWith("-") || text.startsWith("+")) {
            text = text.substring(1);
        }
        if (text.startsWith("0x") || text.startsWith("0b")) {
            text = text.substring(2);
        }
        boolean zero = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '0' && c != ':') {
                zero = false;
                break;
            }
        }
        return negative || zero;
    }
}
