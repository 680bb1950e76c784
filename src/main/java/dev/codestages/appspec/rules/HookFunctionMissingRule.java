package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;

/** AS046: a Lambda or ECS hook that names no function. */
public final class HookFunctionMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS046", "hook names no function", Severity.WARNING, FileKind.APPSPEC,
            "Each Lambda or ECS hook maps an event to the name (or ARN) of the Lambda function CodeDeploy"
                    + " invokes there; the function reports back with PutLifecycleEventHookExecutionStatus. A hook"
                    + " with an empty name cannot be invoked. A warning: the service reads Lambda and ECS AppSpecs,"
                    + " and no AWS document or public report shows the message it gives for an empty name.",
            AppspecDocPages.HOOKS, TemplateAppspecs.LAMBDA + """
                    Hooks:
                      - BeforeAllowTraffic: ""
                    """, TemplateAppspecs.LAMBDA + """
                    Hooks:
                      - BeforeAllowTraffic: my-validation-function
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlEntry hook : appspec.hookFunctions()) {
            if (ValueForms.isBlank(hook.value())) {
                context.report(hook.key(), "hook '" + hook.keyText() + "' names no Lambda function",
                        "write the name or ARN of the function to invoke");
            }
        }
    }
}
