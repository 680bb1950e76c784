package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;

/** BS027: an {@code env.exported-variables} name starting with {@code AWS_}, which CodeBuild cannot export. */
public final class ExportedAwsVariableRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS027", "exported variable starts with AWS_", Severity.ERROR,
            FileKind.BUILDSPEC,
            "'env.exported-variables' lists variables whose values CodeBuild hands to CodePipeline as output"
                    + " variables at the end of the build. The reference says names starting with AWS_ cannot be"
                    + " exported, so such an entry never reaches the pipeline and the actions that read it get"
                    + " nothing. Copy the value into a variable of your own in a command and export that one."
                    + " A name that no command or map defines is not a problem: commands may set it later.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      exported-variables:
                        - AWS_REGION
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    env:
                      exported-variables:
                        - DEPLOY_REGION
                    phases:
                      build:
                        commands:
                          - export DEPLOY_REGION="$AWS_REGION"
                          - make
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (YamlScalar item : buildspec.environment().exportedVariables()) {
            if (item.value().startsWith("AWS_")) {
                context.report(item, "exported variable '" + item.value()
                        + "' starts with 'AWS_'; CodeBuild does not export such names", "export a copy instead:"
                        + " add '- export " + copyName(item.value()) + "=\"$" + item.value() + "\"' to a command and"
                        + " list '" + copyName(item.value()) + "'");
            }
        }
    }

    private static String copyName(String name) {
        String rest = name.substring("AWS_".length());
        return "BUILD_" + (rest.isEmpty() ? "VALUE" : rest);
    }
}
