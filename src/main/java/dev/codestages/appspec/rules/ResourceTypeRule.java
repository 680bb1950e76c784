package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.Platform;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;

/** AS044: a Lambda or ECS resource without the right Type. */
public final class ResourceTypeRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS044", "resource Type is missing or wrong", Severity.ERROR,
            FileKind.APPSPEC,
            "Each resource of a Lambda or ECS AppSpec says what it is: 'Type: AWS::Lambda::Function' for the"
                    + " function a Lambda deployment shifts, 'Type: AWS::ECS::Service' for the service an ECS"
                    + " deployment replaces. A missing or other Type is rejected.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - TargetService:
                          Type: AWS::ECS::TaskDefinition
                          Properties:
                            TaskDefinition: <TASK_DEFINITION>
                            LoadBalancerInfo:
                              ContainerName: web
                              ContainerPort: 80
                    """, TemplateAppspecs.ECS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (appspec.isEc2()) {
            return;
        }
        String expected = appspec.platform() == Platform.ECS ? "AWS::ECS::Service" : "AWS::Lambda::Function";
        for (YamlEntry resource : appspec.resources()) {
            if (!(resource.value() instanceof YamlMapping spec)) {
                continue;
            }
            Optional<YamlEntry> type = Appspec.field(spec, "Type");
            if (type.isEmpty() || ValueForms.isBlank(type.get().value())) {
                context.report(type.isPresent() ? type.get().key() : resource.key(), "resource '" + resource.keyText()
                        + "' has no Type; expected " + expected, "add 'Type: " + expected + "'");
            } else if (type.get().value() instanceof YamlScalar value && !value.value().trim().equals(expected)) {
                context.report(value, "resource Type " + value.quoted() + " is not " + expected + ", the one type "
                        + appspec.platform().displayName() + " AppSpecs deploy", "write 'Type: " + expected + "'");
            }
        }
    }
}
