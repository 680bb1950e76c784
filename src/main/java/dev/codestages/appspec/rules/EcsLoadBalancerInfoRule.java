package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;

/** AS053: an ECS TargetService without LoadBalancerInfo, ContainerName or ContainerPort. */
public final class EcsLoadBalancerInfoRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS053", "incomplete LoadBalancerInfo", Severity.ERROR,
            FileKind.APPSPEC,
            "An ECS deployment moves load balancer traffic to the replacement tasks, so it must know which"
                    + " container and port the target group sends traffic to: 'LoadBalancerInfo' with"
                    + " 'ContainerName' (a container of the task definition) and 'ContainerPort'. It is a"
                    + " mapping, not a list.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - TargetService:
                          Type: AWS::ECS::Service
                          Properties:
                            TaskDefinition: <TASK_DEFINITION>
                            LoadBalancerInfo:
                              ContainerPort: 80
                    """, TemplateAppspecs.ECS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlEntry service : EcsService.services(appspec)) {
            if (!(service.value() instanceof YamlMapping spec)
                    || !(spec.get("Properties") instanceof YamlMapping values)) {
                continue;
            }
            YamlEntry properties = spec.entry("Properties").orElseThrow();
            Optional<YamlEntry> info = values.entry("LoadBalancerInfo");
            if (info.isEmpty()) {
                context.report(properties.key(), "'" + service.keyText() + "' has no 'LoadBalancerInfo'",
                        "add LoadBalancerInfo with ContainerName and ContainerPort");
            } else if (ValueForms.isBlank(info.get().value())) {
                context.report(info.get().key(), "'LoadBalancerInfo' is empty", "give it ContainerName and"
                        + " ContainerPort");
            } else if (info.get().value() instanceof YamlMapping lb) {
                check(lb, info.get(), "ContainerName", context);
                check(lb, info.get(), "ContainerPort", context);
            }
        }
    }

    private static void check(YamlMapping lb, YamlEntry info, String key, RuleContext context) {
        Optional<YamlEntry> entry = lb.entry(key);
        if (entry.isEmpty()) {
            context.report(info.key(), "'LoadBalancerInfo' has no '" + key + "'", "add '" + key + ":'");
        } else if (key.equals("ContainerPort") ? entry.get().value() instanceof YamlScalar port && port.isNull()
                : ValueForms.isBlank(entry.get().value())) {
            context.report(entry.get().key(), "'" + key + "' is empty", null);
        }
    }
}
