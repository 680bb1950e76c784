package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.DeploymentType;
import dev.codestages.appspec.LifecycleEvents;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;

/** AS021: the application is started but nothing checks that it works. */
public final class ValidateServiceMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS021", "no ValidateService hook", Severity.INFO, FileKind.APPSPEC,
            "CodeDeploy marks an instance as deployed when its last hook exits 0, not when the application"
                    + " works. ValidateService is the event meant to check that the new revision really serves"
                    + " (a health check or smoke test); if it fails, the deployment fails and can roll back"
                    + " automatically instead of leaving a broken application running. Without it, a service"
                    + " that crashes right after ApplicationStart is reported as a success."
                    + " The events run in this order (* = run by CodeDeploy itself, no scripts)."
                    + " In-place: " + LifecycleEvents.describe(DeploymentType.IN_PLACE.order()) + "."
                    + " In-place with a load balancer: "
                    + LifecycleEvents.describe(DeploymentType.IN_PLACE_WITH_LOAD_BALANCER.order()) + "."
                    + " Blue/green, replacement instances: "
                    + LifecycleEvents.describe(DeploymentType.BLUE_GREEN_REPLACEMENT.order()) + "; original instances: "
                    + LifecycleEvents.describe(DeploymentType.BLUE_GREEN_ORIGINAL.order()) + "."
                    + " ApplicationStop runs the previous revision's script; the others run the new revision's."
                    + " With a load balancer, BeforeAllowTraffic runs just before the instance takes traffic"
                    + " again, after ValidateService.",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      ApplicationStart:
                        - location: scripts/start.sh
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      ApplicationStart:
                        - location: scripts/start.sh
                      ValidateService:
                        - location: scripts/health_check.sh
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        YamlEntry start = null;
        boolean validated = false;
        for (YamlEntry event : appspec.events()) {
            boolean hasScripts = !Appspec.mappingItems(event.value()).isEmpty();
            if (event.keyText().equals("ApplicationStart") && hasScripts) {
                start = event;
            }
            if (event.keyText().equals("ValidateService") && hasScripts) {
                validated = true;
            }
        }
        if (start != null && !validated) {
            context.report(start.key(), "the deployment starts the application but has no ValidateService hook;"
                    + " CodeDeploy reports success without checking that it works",
                    "add a ValidateService script that checks the service answers (a health check)");
        }
    }
}
