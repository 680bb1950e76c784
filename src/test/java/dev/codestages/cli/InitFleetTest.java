package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.codedeploy.DeploymentGroup;
import dev.codestages.codedeploy.TemplateGroupReader;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code codestages init --fleet}: a pipeline template with a three-instance group behind a load balancer. */
class InitFleetTest {

    @TempDir
    Path temp;

    private final CliSession cli = new CliSession();

    /** The group of the template {@code init --fleet fleet} writes, after checking that the template lints clean. */
    private DeploymentGroup initFleet(String fleet) throws Exception {
        Path app = temp.resolve("app");
        assertThat(cli.execute("init", "--no-git", "--fleet", fleet, app.toString())).isZero();
        assertThat(cli.execute("lint", "--fail-on", "warning", app.resolve("pipeline.yml").toString())).isZero();
        return TemplateGroupReader.readGroup(app.resolve("pipeline.yml"), "sample-fleet", OptionalInt.empty());
    }

    @Test
    void theLoadBalancedFleetIsThreeInstancesInPlaceWithTrafficControlAndLintsClean() throws Exception {
        DeploymentGroup group = initFleet("load-balanced");

        assertThat(group.instances()).hasSize(3);
        assertThat(group.loadBalanced()).isTrue();
        assertThat(group.trafficControl()).isTrue();
        assertThat(group.blueGreenStyle()).isFalse();
    }

    @Test
    void theBlueGreenFleetWaitsForContinueAndLintsClean() throws Exception {
        DeploymentGroup group = initFleet("blue-green");

        assertThat(group.instances()).hasSize(3);
        assertThat(group.blueGreenStyle()).isTrue();
        assertThat(group.blueGreen().waitForReroute()).isTrue();
        assertThat(group.blueGreen().waitTimeInMinutes()).isEqualTo(30);
    }

    @Test
    void anUnknownFleetIsAUsageError() {
        assertThat(cli.execute("init", "--no-git", "--fleet", "canary", temp.resolve("app").toString())).isEqualTo(2);
        assertThat(cli.err()).isEqualTo("codestages init: --fleet is one of load-balanced, blue-green, not"
                + " 'canary'\n");
    }
}
