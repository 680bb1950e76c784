package dev.codestages.codedeploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Tests {@link TemplateGroupReader} on CloudFormation templates under {@code src/test/resources/codedeploy}. */
class TemplateGroupReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/codedeploy");

    @Test
    void readsTheGroupsSettingsThroughItsReferences() throws Exception {
        DeploymentGroup group = TemplateGroupReader.readGroup(FIXTURES.resolve("fleet-template.yml"), "web-fleet",
                OptionalInt.empty());

        assertThat(group.applicationName()).isEqualTo("shop");
        assertThat(group.name()).isEqualTo("web-fleet");
        assertThat(group.config()).isEqualTo(new DeploymentConfig("TwoHealthy",
                new MinimumHealthyHosts(MinimumHealthyHosts.Type.HOST_COUNT, 2)));
        assertThat(group.rollbackOnFailure()).isTrue();
        assertThat(group.deploymentType()).isEqualTo(DeploymentGroup.IN_PLACE);
        assertThat(group.loadBalanced()).isFalse();
    }

    @Test
    void readsABlueGreenGroupsRerouteAndTerminationSettings() throws Exception {
        DeploymentGroup group = TemplateGroupReader.readGroup(FIXTURES.resolve("blue-green-template.yml"),
                "shop-blue-green", OptionalInt.empty());

        assertThat(group.blueGreenStyle()).isTrue();
        assertThat(group.loadBalanced()).isTrue();
        assertThat(group.instances()).containsExactly("WebFleet-1", "WebFleet-2");
        assertThat(group.blueGreen()).isEqualTo(new BlueGreenSettings(true, 30, true, 5));
    }

    @Test
    void autoScalingGroupsGiveDesiredCapacityElseMinSizeInstances() throws Exception {
        DeploymentGroup group = TemplateGroupReader.readGroup(FIXTURES.resolve("fleet-template.yml"), "WebGroup",
                OptionalInt.empty());

        // WebFleet: DesiredCapacity !Ref FleetSize (default 3); "spare" by name: no DesiredCapacity, MinSize 2
        assertThat(group.instances()).containsExactly("WebFleet-1", "WebFleet-2", "WebFleet-3", "SpareFleet-1",
                "SpareFleet-2");
    }

    @Test
    void tagFiltersSelectTheMatchingEc2InstancesAndAGroupWithoutNameIsNamedByItsLogicalId() throws Exception {
        DeploymentGroup group = TemplateGroupReader.readGroup(FIXTURES.resolve("fleet-template.yml"), "WorkerGroup",
                OptionalInt.empty());

        assertThat(group.instances()).containsExactly("WorkerOne", "WorkerTwo");
        assertThat(group.config()).isEqualTo(DeploymentConfig.HALF_AT_A_TIME);
        assertThat(group.rollbackOnFailure()).isFalse();
    }

    @Test
    void anInstanceCountReplacesTheTemplatesInstances() throws Exception {
        List<DeploymentGroup> groups = TemplateGroupReader.read(FIXTURES.resolve("fleet-template.yml"),
                OptionalInt.of(2));

        assertThat(groups).extracting(DeploymentGroup::instances).containsOnly(List.of("i-1", "i-2"));
    }

    @Test
    void tagFiltersThatMatchNoInstanceOfTheTemplateAskForACount() {
        Path template = FIXTURES.resolve("outside-instances.json");

        assertThatThrownBy(() -> TemplateGroupReader.read(template, OptionalInt.empty()))
                .isInstanceOf(DeploymentGroupException.class)
                .hasMessage(template + ":10:26: the Ec2TagFilters match no AWS::EC2::Instance of this template (the"
                        + " instances they tag are made elsewhere); give the number of instances instead");
    }

    @Test
    void aJsonTemplateWithACountReadsItsApplicationByRef() throws Exception {
        DeploymentGroup group = TemplateGroupReader.readGroup(FIXTURES.resolve("outside-instances.json"), "test-group",
                OptionalInt.of(3));

        assertThat(group.applicationName()).isEqualTo("App");
        assertThat(group.config()).isEqualTo(DeploymentConfig.ALL_AT_ONCE);
        assertThat(group.instances()).containsExactly("i-1", "i-2", "i-3");
    }

    @Test
    void aConfigurationThatDoesNotExistFailsAtItsPosition() {
        Path template = FIXTURES.resolve("unknown-config.yml");

        assertThatThrownBy(() -> TemplateGroupReader.read(template, OptionalInt.empty()))
                .isInstanceOf(DeploymentGroupException.class)
                .hasMessage(template + ":6:29: the deployment configuration 'CodeDeployDefault.TwoAtATime' is neither"
                        + " predefined (CodeDeployDefault.OneAtATime, CodeDeployDefault.HalfAtATime,"
                        + " CodeDeployDefault.AllAtOnce) nor an AWS::CodeDeploy::DeploymentConfig of this template");
    }

    @Test
    void aGroupNameThatWouldLeadOutOfTheStoreFailsAtItsPosition() {
        Path template = FIXTURES.resolve("unsafe-name.yml");

        assertThatThrownBy(() -> TemplateGroupReader.read(template, OptionalInt.of(1)))
                .isInstanceOf(DeploymentGroupException.class)
                .hasMessage(template + ":6:28: the deployment group name '../../escape' cannot name a folder of the"
                        + " store; use letters, digits, '.', '_' and '-'");
    }
}
