package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.CodeDeployResources;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;

/** PL043: a blue/green or traffic-controlled deployment group without a load balancer. */
public final class TrafficWithoutLoadBalancerRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL043", "deployment group moves traffic without a load balancer",
            Severity.WARNING, FileKind.PIPELINE,
            "CodeDeploy moves traffic through the group's load balancer: a blue/green EC2/On-Premises deployment"
                    + " reroutes traffic by registering the replacement instances with it and deregistering the"
                    + " original ones, and WITH_TRAFFIC_CONTROL deregisters each instance at BlockTraffic and"
                    + " registers it again at AllowTraffic. The user guide tells you to create the Classic,"
                    + " Application or Network Load Balancer first for a blue/green group. Without"
                    + " 'LoadBalancerInfo' there is nothing to move traffic with, and codestages run refuses a"
                    + " blue/green group without one. A warning: the CloudFormation reference does not say the"
                    + " group itself is refused.",
            CodeDeployExamples.GUIDE + "applications-create-blue-green.html", CodeDeployExamples.withGroup("""
                  DeploymentStyle: {DeploymentType: BLUE_GREEN, DeploymentOption: WITH_TRAFFIC_CONTROL}
            """), CodeDeployExamples.withGroup("""
                  DeploymentStyle: {DeploymentType: BLUE_GREEN, DeploymentOption: WITH_TRAFFIC_CONTROL}
                  LoadBalancerInfo:
                    TargetGroupInfoList: [{Name: web-targets}]
            """));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (CodeDeployResources.Group group : document.codeDeploy().groups()) {
            if (group.loadBalancerInfo() || group.isLambda()) {
                continue; // a Lambda deployment shifts an alias's traffic: it is always blue/green, with no load balancer
            }
            if (group.deploymentType().is("BLUE_GREEN")) {
                context.report(group.deploymentType().at(), "deployment group '" + group.logicalId() + "' is"
                        + " BLUE_GREEN but has no LoadBalancerInfo: traffic cannot be rerouted to the replacement"
                        + " instances", "add LoadBalancerInfo with the target group or Classic Load Balancer the"
                        + " instances serve behind");
            } else if (group.deploymentOption().is("WITH_TRAFFIC_CONTROL")) {
                context.report(group.deploymentOption().at(), "deployment group '" + group.logicalId() + "' is"
                        + " WITH_TRAFFIC_CONTROL but has no LoadBalancerInfo: there is no load balancer to block and"
                        + " allow traffic at", "add LoadBalancerInfo, or use WITHOUT_TRAFFIC_CONTROL");
            }
        }
    }
}
