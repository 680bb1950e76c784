package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/** AS054: a ContainerPort that is not a port number. */
public final class EcsContainerPortRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS054", "container port is not a port number", Severity.WARNING,
            FileKind.APPSPEC,
            "'ContainerPort' is the port of the container that receives the load balancer's traffic, a number"
                    + " from 1 to 65535 that must match a port mapping of the task definition. 0 (a template's"
                    + " default), a word or a range cannot match, so the deployment is expected to fail. A warning:"
                    + " the reference documents ContainerPort as a number, but no AWS document or public report"
                    + " shows what the service does with one outside 1-65535.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - TargetService:
                          Type: AWS::ECS::Service
                          Properties:
                            TaskDefinition: <TASK_DEFINITION>
                            LoadBalancerInfo:
                              ContainerName: web
                              ContainerPort: 0
                    """, TemplateAppspecs.ECS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlMapping properties : EcsService.allProperties(appspec)) {
            if (properties.get("LoadBalancerInfo") instanceof YamlMapping lb
                    && lb.get("ContainerPort") instanceof YamlScalar port && !port.isNull()) {
                String text = port.value().trim();
                boolean valid = text.length() <= 5 && ValueForms.isDigits(text) && Integer.parseInt(text) >= 1
                        && Integer.parseInt(text) <= 65535;
                if (!valid) {
                    context.report(port, "ContainerPort " + port.quoted() + " is not a port number from 1 to 65535",
                            "write the container port the target group sends traffic to, such as 80");
                }
            }
        }
    }
}
