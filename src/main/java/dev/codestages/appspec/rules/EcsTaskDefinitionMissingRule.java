package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.Optional;

/** AS051: an ECS TargetService without a task definition. */
public final class EcsTaskDefinitionMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS051", "missing or empty TaskDefinition", Severity.ERROR,
            FileKind.APPSPEC,
            "'TaskDefinition' names the task definition the replacement tasks run: its ARN, or with CodePipeline's"
                    + " CodeDeployToECS action the literal placeholder <TASK_DEFINITION>, which the action fills"
                    + " in. A TargetService without it, or with an empty one, cannot be deployed.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - TargetService:
                          Type: AWS::ECS::Service
                          Properties:
                            TaskDefinition: ""
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
        for (YamlEntry service : EcsService.services(appspec)) {
            if (!(service.value() instanceof YamlMapping spec)) {
                continue;
            }
            Optional<YamlEntry> properties = spec.entry("Properties");
            if (properties.isEmpty() || ValueForms.isBlank(properties.get().value())) {
                context.report(properties.isPresent() ? properties.get().key() : service.key(), "'" + service.keyText()
                        + "' has no Properties", "add Properties with TaskDefinition and LoadBalancerInfo");
                continue;
            }
            if (!(properties.get().value() instanceof YamlMapping values)) {
                continue;
            }
            Optional<YamlEntry> task = values.entry("TaskDefinition");
            if (task.isEmpty()) {
                context.report(properties.get().key(), "'" + service.keyText() + "' has no 'TaskDefinition'",
                        "add 'TaskDefinition: <TASK_DEFINITION>' (CodePipeline) or the task definition's ARN");
            } else if (ValueForms.isBlank(task.get().value())) {
                context.report(task.get().key(), "'TaskDefinition' is empty",
                        "write '<TASK_DEFINITION>' (CodePipeline) or the task definition's ARN");
            }
        }
    }
}
