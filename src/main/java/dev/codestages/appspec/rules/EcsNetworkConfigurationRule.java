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
import dev.codestages.yaml.YamlSequence;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** AS055: an ECS NetworkConfiguration without subnets, or with a wrong AssignPublicIp. */
public final class EcsNetworkConfigurationRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS055", "incomplete NetworkConfiguration", Severity.ERROR,
            FileKind.APPSPEC,
            "'NetworkConfiguration' (for the awsvpc network mode, such as Fargate) holds 'AwsvpcConfiguration'"
                    + " with the 'Subnets' the replacement tasks run in (at least one), optionally their"
                    + " 'SecurityGroups', and 'AssignPublicIp', which is ENABLED or DISABLED in upper case. Without"
                    + " subnets, or with another AssignPublicIp, the tasks cannot be placed.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - TargetService:
                          Type: AWS::ECS::Service
                          Properties:
                            TaskDefinition: <TASK_DEFINITION>
                            LoadBalancerInfo:
                              ContainerName: web
                              ContainerPort: 80
                            NetworkConfiguration:
                              AwsvpcConfiguration:
                                Subnets: [subnet-0a1b2c3d]
                                AssignPublicIp: "yes"
                    """, TemplateAppspecs.ECS + """
                            NetworkConfiguration:
                              AwsvpcConfiguration:
                                Subnets: [subnet-0a1b2c3d]
                                AssignPublicIp: ENABLED
                    """);

    private static final List<String> ASSIGN = List.of("ENABLED", "DISABLED");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlMapping properties : EcsService.allProperties(appspec)) {
            Optional<YamlEntry> network = properties.entry("NetworkConfiguration");
            if (network.isPresent() && network.get().value() instanceof YamlMapping) {
                check(network.get(), context);
            }
        }
    }

    private static void check(YamlEntry network, RuleContext context) {
        Optional<YamlEntry> awsvpc = ((YamlMapping) network.value()).entry("AwsvpcConfiguration");
        if (awsvpc.isEmpty()) {
            context.report(network.key(), "'NetworkConfiguration' has no 'AwsvpcConfiguration'",
                    "put Subnets, SecurityGroups and AssignPublicIp under AwsvpcConfiguration");
            return;
        }
        if (!(awsvpc.get().value() instanceof YamlMapping config)) {
            return; // AS009 or AS010
        }
        Optional<YamlEntry> subnets = config.entry("Subnets");
        if (subnets.isEmpty()) {
            context.report(awsvpc.get().key(), "'AwsvpcConfiguration' has no 'Subnets'", "list the subnets the tasks"
                    + " run in");
        } else if (subnets.get().value() instanceof YamlSequence list && list.items().isEmpty()) {
            context.report(subnets.get().key(), "'Subnets' is empty; the tasks need at least one subnet", null);
        }
        if (config.get("AssignPublicIp") instanceof YamlScalar v && !v.isNull() && !ASSIGN.contains(v.value())) {
            String upper = v.value().trim().toUpperCase(Locale.ROOT);
            context.report(v, "AssignPublicIp " + v.quoted() + " is not ENABLED or DISABLED",
                    ASSIGN.contains(upper) ? "write it in upper case: " + upper : "write ENABLED or DISABLED");
        }
    }
}
