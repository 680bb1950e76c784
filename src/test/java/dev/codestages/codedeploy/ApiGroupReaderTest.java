package dev.codestages.codedeploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Tests {@link ApiGroupReader} on AWS CLI output under {@code src/test/resources/codedeploy}. */
class ApiGroupReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/codedeploy");

    @Test
    void readsAGetDeploymentGroupOutputWithItsCustomConfiguration() throws Exception {
        DeploymentConfig twoHealthy = ApiGroupReader.readConfig(FIXTURES.resolve("get-deployment-config.json"));
        DeploymentGroup group = ApiGroupReader.read(FIXTURES.resolve("get-deployment-group.json"), OptionalInt.of(3),
                List.of(twoHealthy));

        assertThat(twoHealthy).isEqualTo(new DeploymentConfig("TwoHealthy",
                new MinimumHealthyHosts(MinimumHealthyHosts.Type.HOST_COUNT, 2)));
        assertThat(group.applicationName()).isEqualTo("shop");
        assertThat(group.name()).isEqualTo("web-fleet");
        assertThat(group.id()).isEqualTo("4a2e8d7c-0b1f-4c39-9e55-2f1d3c6b7a80");
        assertThat(group.config()).isEqualTo(twoHealthy);
        assertThat(group.instances()).containsExactly("i-1", "i-2", "i-3");
        assertThat(group.rollbackOnFailure()).isTrue();
        assertThat(group.loadBalanced()).isFalse();
    }

    @Test
    void aCustomConfigurationWithoutItsJsonIsAskedFor() {
        Path file = FIXTURES.resolve("get-deployment-group.json");

        assertThatThrownBy(() -> ApiGroupReader.read(file, OptionalInt.empty(), List.of()))
                .isInstanceOf(DeploymentGroupException.class)
                .hasMessage(file + ":6:33: the deployment configuration 'TwoHealthy' is not predefined; give its"
                        + " 'aws deploy get-deployment-config' JSON too");
    }

    @Test
    void defaultsAreOneInstanceOneAtATimeAndNoRollback() {
        DeploymentGroup group = DeploymentGroup.defaults("shop", "LocalFleet", 1);

        assertThat(group.instances()).containsExactly("i-1");
        assertThat(group.config()).isEqualTo(DeploymentConfig.ONE_AT_A_TIME);
        assertThat(group.deploymentType()).isEqualTo(DeploymentGroup.IN_PLACE);
        assertThat(group.loadBalanced()).isFalse();
        assertThat(group.rollbackOnFailure()).isFalse();
    }

    @Test
    void aNameThatWouldLeaveTheStoreIsRefused() {
        assertThatThrownBy(() -> DeploymentGroup.defaults("shop", "..", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot name a folder");
    }
}
