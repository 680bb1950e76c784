package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.Platform;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/** AS050: an ECS AppSpec must define exactly one TargetService. */
public final class EcsTargetServiceRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS050", "not exactly one TargetService", Severity.ERROR,
            FileKind.APPSPEC,
            "An ECS blue/green deployment replaces the task set of one service: the AppSpec's 'Resources' list"
                    + " holds exactly one item, named 'TargetService'. A second service, or another name, is"
                    + " rejected; deploy each service with its own deployment group and AppSpec.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - TargetServices:
                          Type: AWS::ECS::Service
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
        if (appspec.platform() != Platform.ECS) {
            return;
        }
        Optional<YamlEntry> entry = appspec.resourcesEntry();
        if (entry.isEmpty()) {
            context.report(appspec.root(), "an ECS AppSpec needs 'Resources' with the TargetService to deploy",
                    "add 'Resources:' with one item 'TargetService' (Type AWS::ECS::Service and its Properties)");
            return;
        }
        if (ValueForms.isBlank(entry.get().value())) {
            context.report(entry.get().key(), "'Resources' is empty; an ECS AppSpec defines exactly one"
                    + " TargetService", null);
            return;
        }
        if (!(entry.get().value() instanceof YamlSequence)) {
            return; // AS009
        }
        List<YamlEntry> services = appspec.resources();
        if (services.isEmpty()) {
            context.report(entry.get().key(), "'Resources' defines no TargetService", null);
            return;
        }
        YamlEntry first = services.get(0);
        if (!first.keyText().equals("TargetService")) {
            String typo = DidYouMean.hint(first.keyText(), List.of("TargetService"));
            context.report(first.key(), "the service must be named 'TargetService', not '" + first.keyText() + "'",
                    typo != null ? typo : "rename it to 'TargetService'");
        }
        for (int i = 1; i < services.size(); i++) {
            context.report(services.get(i).key(), "an ECS AppSpec deploys exactly one TargetService; '"
                    + services.get(i).keyText() + "' is service " + (i + 1), "deploy each service with its own"
                    + " deployment group and AppSpec");
        }
    }
}
