package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.CodeDeployResources;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import java.util.Set;

/** PL042: a deployment group names a deployment configuration that is neither predefined nor in the template. */
public final class DeploymentConfigUnknownRule implements PipelineRule {

    /**
     * The predefined configurations of the three compute platforms (deployment-configurations.html); a test
     * keeps them equal to the ones the local CodeDeploy plays (codedeploy.DeploymentConfig and
     * codedeploy.lambda.LambdaDeploymentConfig).
     */
    static final Set<String> PREDEFINED_CONFIGS = Set.of("CodeDeployDefault.OneAtATime",
            "CodeDeployDefault.HalfAtATime", "CodeDeployDefault.AllAtOnce",
            "CodeDeployDefault.LambdaAllAtOnce", "CodeDeployDefault.LambdaCanary10Percent5Minutes",
            "CodeDeployDefault.LambdaCanary10Percent10Minutes", "CodeDeployDefault.LambdaCanary10Percent15Minutes",
            "CodeDeployDefault.LambdaCanary10Percent30Minutes", "CodeDeployDefault.LambdaLinear10PercentEvery1Minute",
            "CodeDeployDefault.LambdaLinear10PercentEvery2Minutes", "CodeDeployDefault.LambdaLinear10PercentEvery3Minutes",
            "CodeDeployDefault.LambdaLinear10PercentEvery10Minutes", "CodeDeployDefault.ECSAllAtOnce",
            "CodeDeployDefault.ECSCanary10Percent5Minutes", "CodeDeployDefault.ECSCanary10Percent15Minutes",
            "CodeDeployDefault.ECSLinear10PercentEvery1Minutes", "CodeDeployDefault.ECSLinear10PercentEvery3Minutes");

    static final RuleInfo INFO = new RuleInfo("PL042", "deployment group names an unknown deployment configuration",
            Severity.WARNING, FileKind.PIPELINE,
            "A deployment group's 'DeploymentConfigName' names a predefined configuration"
                    + " (CodeDeployDefault.OneAtATime, HalfAtATime or AllAtOnce for EC2/On-Premises; the Lambda* and"
                    + " ECS* canary, linear and all-at-once ones for Lambda and Amazon ECS) or one created"
                    + " before it. A name that is neither predefined nor an AWS::CodeDeploy::DeploymentConfig of the"
                    + " same template must already exist in the account, or creating the group fails"
                    + " (DeploymentConfigDoesNotExistException); codestages run cannot play it either. A warning:"
                    + " the configuration may have been made outside the template.",
            CodeDeployExamples.GUIDE + "deployment-configurations.html", CodeDeployExamples.withGroup("""
                  DeploymentConfigName: CodeDeployDefault.TwoAtATime
            """), CodeDeployExamples.withGroup("""
                  DeploymentConfigName: CodeDeployDefault.HalfAtATime
            """));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        CodeDeployResources resources = document.codeDeploy();
        for (CodeDeployResources.Group group : resources.groups()) {
            if (group.configRef() != null && resources.configs().stream()
                    .anyMatch(config -> config.logicalId().equals(group.configRef()))) {
                continue;
            }
            if (!group.configName().isLiteral() || PREDEFINED_CONFIGS.contains(group.configName().text())
                    || resources.configs().stream().anyMatch(config -> config.name().is(group.configName().text()))) {
                continue;
            }
            context.report(group.configName().at(), "deployment group '" + group.logicalId() + "' names the deployment"
                    + " configuration " + group.configName().quoted() + ", which is neither predefined nor an "
                    + CodeDeployResources.CONFIG_TYPE + " of this template",
                    "use a predefined configuration (CodeDeployDefault.OneAtATime, LambdaCanary10Percent5Minutes,"
                            + " ECSAllAtOnce, ...), or define the configuration in the template and !Ref it");
        }
    }
}
