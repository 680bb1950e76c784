package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.DeploymentType;
import dev.codestages.appspec.LifecycleEvents;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import java.util.List;

/** AS045: a Lambda or ECS hook at an event that platform does not have. */
public final class HookEventNotAllowedRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS045", "hook event not allowed for the platform", Severity.ERROR,
            FileKind.APPSPEC,
            "Lambda and ECS hooks run a validation Lambda function at fixed points of the deployment. A Lambda"
                    + " deployment has only BeforeAllowTraffic and AfterAllowTraffic ("
                    + LifecycleEvents.describe(DeploymentType.LAMBDA.order()) + "). An ECS deployment has"
                    + " BeforeInstall, AfterInstall, AfterAllowTestTraffic, BeforeAllowTraffic and"
                    + " AfterAllowTraffic (" + LifecycleEvents.describe(DeploymentType.ECS.order()) + ")."
                    + " EC2 events such as ValidateService do not exist there.",
            AppspecDocPages.HOOKS, TemplateAppspecs.LAMBDA + """
                    Hooks:
                      - ValidateService: my-validation-function
                    """, TemplateAppspecs.LAMBDA + """
                    Hooks:
                      - AfterAllowTraffic: my-validation-function
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (appspec.isEc2()) {
            return;
        }
        List<String> allowed = LifecycleEvents.hookable(appspec.platform());
        for (YamlEntry hook : appspec.hookFunctions()) {
            if (!allowed.contains(hook.keyText())) {
                String typo = DidYouMean.hint(hook.keyText(), allowed);
                context.report(hook.key(), "'" + hook.keyText() + "' is not a hook event of "
                        + appspec.platform().displayName() + " deployments", typo != null ? typo
                        : "expected one of: " + String.join(", ", allowed));
            }
        }
    }
}
