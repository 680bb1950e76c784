package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.CodeDeployResources;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;

/** PL044: a FLEET_PERCENT minimum of 100 or more, with which every deployment fails before it starts. */
public final class MinimumHealthyHostsRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL044", "minimum healthy hosts that no deployment can keep",
            Severity.ERROR, FileKind.PIPELINE,
            "CodeDeploy turns a FLEET_PERCENT minimum into instances by rounding up, and a deployment whose"
                    + " minimum of healthy instances is the whole fleet fails at once, before any instance is"
                    + " deployed to (the user guide's example: 95 % of 10 instances). With FLEET_PERCENT 100 or more"
                    + " the minimum is the whole fleet for every fleet size, so every deployment with this"
                    + " configuration fails with HEALTH_CONSTRAINTS_INVALID. Use at most 99 (and remember that"
                    + " 95 % of fewer than 20 instances already rounds up to all of them).",
            CodeDeployExamples.GUIDE + "instances-health.html", CodeDeployExamples.PIPELINE + """
              Config:
                Type: AWS::CodeDeploy::DeploymentConfig
                Properties:
                  DeploymentConfigName: AllButNone
                  MinimumHealthyHosts: {Type: FLEET_PERCENT, Value: 100}
            """, CodeDeployExamples.PIPELINE + """
              Config:
                Type: AWS::CodeDeploy::DeploymentConfig
                Properties:
                  DeploymentConfigName: ThreeQuarters
                  MinimumHealthyHosts: {Type: FLEET_PERCENT, Value: 75}
            """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (CodeDeployResources.Config config : document.codeDeploy().configs()) {
            if (!config.minimumType().is("FLEET_PERCENT") || !config.minimumValue().isLiteral()) {
                continue;
            }
            int percent;
            try {
                percent = Integer.parseInt(config.minimumValue().text().strip());
            } catch (NumberFormatException e) {
                continue;
            }
            if (percent >= 100) {
                context.report(config.minimumValue().at(), "deployment configuration '" + config.logicalId()
                        + "' keeps FLEET_PERCENT " + percent + " of the instances healthy: the whole fleet, so every"
                        + " deployment with it fails at once with HEALTH_CONSTRAINTS_INVALID",
                        "use a FLEET_PERCENT of at most 99, or a HOST_COUNT below the fleet's size");
            }
        }
    }
}
