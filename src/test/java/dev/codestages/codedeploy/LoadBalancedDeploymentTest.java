package dev.codestages.codedeploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.appspec.DeploymentType;
import dev.codestages.run.DeploymentResult;
import dev.codestages.run.StepStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * In-place deployments behind a load balancer: each instance leaves the local load balancer at
 * BlockTraffic and joins it at AllowTraffic, in the AppSpec hooks section's order, while real requests to
 * 127.0.0.1 show the old revision give way to the new one.
 */
class LoadBalancedDeploymentTest extends WebFleetTest {

    private static DeploymentGroup group(boolean loadBalanced, boolean trafficControl) {
        return new DeploymentGroup("demo", "Web", "dg-web", DeploymentConfig.ONE_AT_A_TIME,
                DeploymentGroup.numbered("i", 2), DeploymentGroup.IN_PLACE, trafficControl, loadBalanced, false, "test");
    }

    private GroupDeploymentResult play(DeploymentGroup group, Path bundle, WebFleet fleet) throws Exception {
        return new DeploymentGroupPlayer(temp.resolve("store"), fleet).deploy(group, bundle, FleetHealth.none());
    }

    private static List<String> events(InstanceDeployment instance) {
        return instance.agent().events().stream().map(DeploymentResult.EventResult::name).toList();
    }

    @Test
    void eachInstancePlaysTheTrafficEventsInAwsOrder() throws Exception {
        GroupDeploymentResult result = play(group(true, true), WebFleet.bundle(temp, "v1"), new WebFleet());

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        List<String> expected = DeploymentType.IN_PLACE_WITH_LOAD_BALANCER.order().stream()
                .filter(e -> !e.equals("Start") && !e.equals("End")).toList();
        assertThat(expected).startsWith("BeforeBlockTraffic", "BlockTraffic", "AfterBlockTraffic", "ApplicationStop")
                .endsWith("ValidateService", "BeforeAllowTraffic", "AllowTraffic", "AfterAllowTraffic");
        for (InstanceDeployment instance : result.instances()) {
            assertThat(events(instance)).containsExactlyElementsOf(expected);
        }
        // the hooks the appspec names ran, with the instance's port; the first deployment has no earlier
        // revision, so the block-traffic hooks and ApplicationStop had nothing to run
        String log = Files.readString(temp.resolve("store/Web/i-1/events.log"), StandardCharsets.UTF_8);
        int port = GroupTraffic.port(temp.resolve("store/Web/i-1"));
        assertThat(log.lines().toList()).containsExactly("BeforeInstall " + port, "ApplicationStart " + port,
                "ValidateService " + port, "BeforeAllowTraffic " + port, "AfterAllowTraffic " + port);
    }

    @Test
    void theLoadBalancerAnswersWithTheOldRevisionThenTheNewOne() throws Exception {
        DeploymentGroup group = group(true, true);
        play(group, WebFleet.bundle(temp, "v1"), new WebFleet());
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        WebFleet fleet = new WebFleet()
                .when("i-1 BeforeBlockTraffic", url -> seen.put("start", WebFleet.get(url, 4)))
                .when("i-1 ApplicationStop", url -> seen.put("i-1 out", WebFleet.get(url, 4)))
                .when("i-2 BeforeBlockTraffic", url -> seen.put("i-1 back", WebFleet.get(url, 4)))
                .when("i-2 AfterAllowTraffic", url -> seen.put("end", WebFleet.get(url, 4)));

        GroupDeploymentResult result = play(group, WebFleet.bundle(temp, "v2"), fleet);

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(seen.get("start")).containsOnly("i-1=v1", "i-2=v1").contains("i-1=v1", "i-2=v1");
        assertThat(seen.get("i-1 out")).containsOnly("i-2=v1");
        assertThat(seen.get("i-1 back")).containsOnly("i-1=v2", "i-2=v1").contains("i-1=v2", "i-2=v1");
        assertThat(seen.get("end")).containsOnly("i-1=v2", "i-2=v2").contains("i-1=v2", "i-2=v2");
        // the second deployment ran the block-traffic hooks of the revision installed before it
        String log = Files.readString(temp.resolve("store/Web/i-2/events.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("BeforeBlockTraffic", "AfterBlockTraffic", "ApplicationStop");
        assertThat(fleet.notes).contains("Web: i-1 deregistered from the load balancer",
                "Web: i-1 registered with the load balancer (port " + GroupTraffic.port(temp.resolve("store/Web/i-1"))
                        + ")");
    }

    @Test
    void theLoadBalancerStopsWithTheDeployment() throws Exception {
        WebFleet fleet = new WebFleet();
        play(group(true, true), WebFleet.bundle(temp, "v1"), fleet);

        assertThat(fleet.balancer).startsWith("http://127.0.0.1:");
        assertThat(WebFleet.get(fleet.balancer)).startsWith("no answer");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("codestages-lb-")
                && t.isAlive());
    }

    @Test
    void aFailedInstanceStaysOutOfTheLoadBalancer() throws Exception {
        DeploymentGroup group = group(true, true);
        play(group, WebFleet.bundle(temp, "v1"), new WebFleet());
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        WebFleet fleet = new WebFleet().when("i-2 BeforeBlockTraffic", url -> seen.put("after i-1", WebFleet.get(url, 4)));

        GroupDeploymentResult result = play(group, WebFleet.bundle(temp, "v2", "i-1"), fleet);

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(seen).isEmpty(); // OneAtATime stops at the first failure: i-2 never starts
        assertThat(events(result.instances().get(0))).endsWith("ValidateService", "BeforeAllowTraffic", "AllowTraffic",
                "AfterAllowTraffic");
        assertThat(result.instances().get(0).agent().events().stream()
                .filter(e -> e.name().equals("AllowTraffic")).findFirst().orElseThrow().status())
                .isEqualTo(StepStatus.SKIPPED);
        List<String> i1 = fleet.notes.stream().filter(note -> note.startsWith("Web: i-1 ")).toList();
        assertThat(i1).last().isEqualTo("Web: i-1 deregistered from the load balancer");
    }

    @Test
    void aGroupWithoutALoadBalancerOpensNoPortAndPlaysNoTrafficEvents() throws Exception {
        WebFleet fleet = new WebFleet();
        List<String> lbThreads = new ArrayList<>();
        fleet.when("i-1 ApplicationStart", url -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("codestages-lb-")).forEach(t -> lbThreads.add(t.getName())));
        Path bundle = WebFleet.bundle(temp, "v1");
        // without a port the server cannot start: the ApplicationStart of this revision is left out
        Files.writeString(bundle.resolve("scripts/start.sh"), "#!/bin/sh\necho \"$LIFECYCLE_EVENT"
                + " ${CODESTAGES_INSTANCE_PORT:-no-port}\" >> \"$CODESTAGES_INSTANCE_ROOT/events.log\"\n");
        Files.writeString(bundle.resolve("scripts/validate.sh"), "#!/bin/sh\n");

        GroupDeploymentResult result = play(group(false, true), bundle, fleet);

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(fleet.balancer).isNull();
        assertThat(lbThreads).isEmpty();
        assertThat(events(result.instances().get(0))).doesNotContain("BlockTraffic", "AllowTraffic",
                "BeforeBlockTraffic", "AfterAllowTraffic");
        assertThat(Files.readString(temp.resolve("store/Web/i-1/events.log"))).contains("ApplicationStart no-port");
        assertThat(temp.resolve("store/Web/i-1/.codestages")).doesNotExist();
    }

    @Test
    void aLoadBalancerWithoutTrafficControlKeepsEveryInstanceRegistered() throws Exception {
        WebFleet fleet = new WebFleet();
        GroupDeploymentResult result = play(group(true, false), WebFleet.bundle(temp, "v1"), fleet);

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(fleet.balancer).isNotNull();
        assertThat(events(result.instances().get(0))).doesNotContain("BlockTraffic", "AllowTraffic");
        assertThat(fleet.notes).noneMatch(note -> note.contains("deregistered"));
    }

    @Test
    void theInitSampleServesItsVersionBehindTheLoadBalancer() throws Exception {
        Path sample = temp.resolve("sample");
        dev.codestages.run.SampleApp.write(sample);
        Files.createDirectories(sample.resolve("dist"));
        Files.copy(sample.resolve("src/app.sh"), sample.resolve("dist/app.sh"));
        Files.writeString(sample.resolve("dist/VERSION"), "1.0.7\n");
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        WebFleet fleet = new WebFleet().when("i-2 AfterAllowTraffic", url -> seen.put("end", WebFleet.get(url, 2)));

        GroupDeploymentResult result = play(group(true, true), sample, fleet);

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(seen.get("end")).containsExactlyInAnyOrder("i-1=hello from sample-app 1.0.7",
                "i-2=hello from sample-app 1.0.7");
    }
}
