package dev.codestages.appspec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the one lifecycle table against the AppSpec hooks section of the CodeDeploy user guide
 * (reference-appspec-file-structure-hooks.html): the order per platform and deployment type, what may
 * be hooked, and what the agent on an instance carries out.
 */
class LifecycleEventsTest {

    @Test
    void anInPlaceDeploymentWithoutALoadBalancerRunsNineEventsInTheGuidesOrder() {
        assertThat(DeploymentType.IN_PLACE.order()).containsExactly("Start", "ApplicationStop", "DownloadBundle",
                "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService", "End");
        assertThat(DeploymentType.IN_PLACE.platform()).isEqualTo(Platform.EC2);
    }

    @Test
    void anInPlaceDeploymentWithALoadBalancerBlocksTrafficFirstAndAllowsItLast() {
        assertThat(DeploymentType.IN_PLACE_WITH_LOAD_BALANCER.order()).containsExactly("Start", "BeforeBlockTraffic",
                "BlockTraffic", "AfterBlockTraffic", "ApplicationStop", "DownloadBundle", "BeforeInstall", "Install",
                "AfterInstall", "ApplicationStart", "ValidateService", "BeforeAllowTraffic", "AllowTraffic",
                "AfterAllowTraffic", "End");
    }

    @Test
    void aBlueGreenDeploymentInstallsOnTheReplacementAndBlocksTrafficOnTheOriginal() {
        assertThat(DeploymentType.BLUE_GREEN_REPLACEMENT.order()).containsExactly("ApplicationStop",
                "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService",
                "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic");
        assertThat(DeploymentType.BLUE_GREEN_ORIGINAL.order()).containsExactly("BeforeBlockTraffic", "BlockTraffic",
                "AfterBlockTraffic");
        assertThat(DeploymentType.BLUE_GREEN_ORIGINAL.hookable()).containsExactly("BeforeBlockTraffic",
                "AfterBlockTraffic");
    }

    @Test
    void lambdaAndEcsHookOnlyTheirValidationEvents() {
        assertThat(DeploymentType.LAMBDA.order()).containsExactly("Start", "BeforeAllowTraffic", "AllowTraffic",
                "AfterAllowTraffic", "End");
        assertThat(DeploymentType.LAMBDA.hookable()).containsExactly("BeforeAllowTraffic", "AfterAllowTraffic");
        assertThat(DeploymentType.ECS.order()).containsExactly("Start", "BeforeInstall", "Install", "AfterInstall",
                "AllowTestTraffic", "AfterAllowTestTraffic", "BeforeAllowTraffic", "AllowTraffic",
                "AfterAllowTraffic", "End");
        assertThat(DeploymentType.ECS.hookable()).containsExactly("BeforeInstall", "AfterInstall",
                "AfterAllowTestTraffic", "BeforeAllowTraffic", "AfterAllowTraffic");
    }

    @Test
    void theAgentCarriesOutTheScriptableEventsAndItsOwnDownloadAndInstallButNotTheServicesEvents() {
        List<String> byAgent = new java.util.ArrayList<>();
        for (String event : DeploymentType.IN_PLACE_WITH_LOAD_BALANCER.order()) {
            if (LifecycleEvents.runByAgent(event)) {
                byAgent.add(event);
            }
        }
        // the agent's own DEFAULT_ORDERED_LIFECYCLE_EVENTS (lib/aws/codedeploy/local/deployer.rb)
        assertThat(byAgent).containsExactly("BeforeBlockTraffic", "AfterBlockTraffic", "ApplicationStop",
                "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService",
                "BeforeAllowTraffic", "AfterAllowTraffic");
    }
}
