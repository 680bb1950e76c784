package dev.codestages.codedeploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.appspec.DeploymentType;
import dev.codestages.codedeploy.lambda.ScaledClock;
import dev.codestages.run.DeploymentResult;
import dev.codestages.run.StepStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Blue/green deployments played with real instance folders, a real local load balancer and real requests:
 * replacement instances get the install events, traffic moves when AWS would move it (at once, on
 * {@code continue}, or never when the wait ends: Stopped), the original instances block traffic and are
 * terminated, and a rollback plays the events AWS lists for it.
 */
class BlueGreenDeploymentTest extends WebFleetTest {

    private Path store() {
        return temp.resolve("store");
    }

    private static DeploymentGroup group(BlueGreenSettings settings, boolean rollback) {
        return new DeploymentGroup("demo", "Web", "dg-web", DeploymentConfig.ALL_AT_ONCE,
                DeploymentGroup.numbered("i", 2), DeploymentGroup.BLUE_GREEN, true, true, rollback, "test", settings);
    }

    private GroupDeploymentResult play(DeploymentGroup group, Path bundle, WebFleet fleet, double timeScale)
            throws Exception {
        return new DeploymentGroupPlayer(store(), fleet, new ScaledClock(timeScale)).deploy(group, bundle,
                FleetHealth.none());
    }

    private static List<String> events(InstanceDeployment instance) {
        return instance.agent().events().stream().map(DeploymentResult.EventResult::name).toList();
    }

    private List<String> fleetFile() throws Exception {
        return Files.readAllLines(store().resolve("Web/fleet"));
    }

    /** Deploys v1 at once, so that the originals of the next deployment serve v1. */
    private List<String> firstFleet() throws Exception {
        GroupDeploymentResult first = play(group(BlueGreenSettings.DEFAULTS, false), WebFleet.bundle(temp, "v1"),
                new WebFleet(), 1);
        assertThat(first.status()).isEqualTo(StepStatus.SUCCEEDED);
        return fleetFile();
    }

    @Test
    void continueReroutesTrafficToTheReplacementInstancesAndTheOriginalsAreTerminated() throws Exception {
        List<String> originals = firstFleet();
        Path v2 = WebFleet.bundle(temp, "v2");
        Set<Path> before = files(temp);
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        List<Thread> user = new ArrayList<>();
        WebFleet fleet = new WebFleet() {
            @Override
            public void note(String step, String message) {
                super.note(step, message);
                if (message.startsWith("waiting up to 60 minute(s) to reroute traffic")) {
                    String id = message.substring(message.indexOf("continue ") + 9).split(" ")[0];
                    Thread thread = new Thread(() -> {
                        seen.put("waiting", WebFleet.get(balancer, 4));
                        try {
                            seen.put("continue", List.of(RerouteRequests.request(store(), id).orElse("none")));
                        } catch (Exception e) {
                            seen.put("continue", List.of(e.toString()));
                        }
                    });
                    user.add(thread);
                    thread.start();
                }
            }
        }.when(originals.get(1) + " AfterBlockTraffic", url -> seen.put("rerouted", WebFleet.get(url, 4)));

        GroupDeploymentResult result = play(group(new BlueGreenSettings(true, 60, true, 0), false), v2, fleet, 1);
        for (Thread thread : user) {
            thread.join();
        }

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(seen.get("continue")).containsExactly("READY_WAIT");
        assertThat(seen.get("waiting")).containsOnly(originals.get(0) + "=v1", originals.get(1) + "=v1");
        List<String> replacements = List.of("i-1." + result.id(), "i-2." + result.id());
        assertThat(seen.get("rerouted")).containsOnly(replacements.get(0) + "=v2", replacements.get(1) + "=v2")
                .contains(replacements.get(0) + "=v2", replacements.get(1) + "=v2");
        assertThat(result.instances()).extracting(InstanceDeployment::instanceId)
                .containsExactly(replacements.get(0), replacements.get(1), originals.get(0), originals.get(1));
        assertThat(events(result.instances().get(0))).containsExactlyElementsOf(
                DeploymentType.BLUE_GREEN_REPLACEMENT.order());
        assertThat(events(result.instances().get(2))).containsExactlyElementsOf(
                DeploymentType.BLUE_GREEN_ORIGINAL.order());
        // the originals ran the block-traffic hooks of the revision they had
        assertThat(fleet.steps).contains(originals.get(0) + " BeforeBlockTraffic");
        assertThat(fleetFile()).containsExactlyElementsOf(replacements);
        assertThat(store().resolve("Web").resolve(originals.get(0))).doesNotExist();
        assertThat(store().resolve("Web/requests")).isEmptyDirectory();
        Set<Path> written = files(temp);
        written.removeAll(before);
        assertThat(written).isNotEmpty().allSatisfy(file -> assertThat(
                file.startsWith(store().resolve("Web").resolve(replacements.get(0)))
                        || file.startsWith(store().resolve("Web").resolve(replacements.get(1)))
                        || file.equals(store().resolve("Web/fleet"))).as(file.toString()).isTrue());
    }

    @Test
    void whenTheWaitEndsWithoutContinueTheDeploymentIsStoppedAndTheOriginalsKeepTheTraffic() throws Exception {
        List<String> originals = firstFleet();

        // 600 times faster: the minute of waiting is a tenth of a second
        GroupDeploymentResult result = play(group(new BlueGreenSettings(true, 1, true, 0), false),
                WebFleet.bundle(temp, "v2"), new WebFleet(), 600);

        assertThat(result.status()).isEqualTo(StepStatus.STOPPED);
        assertThat(result.message()).isEqualTo("traffic was not rerouted to the replacement instances before the"
                + " wait time ended");
        assertThat(result.instances()).allSatisfy(instance -> assertThat(events(instance))
                .containsExactlyElementsOf(DeploymentType.BLUE_GREEN_REPLACEMENT.between("ApplicationStop",
                        "ValidateService")));
        assertThat(fleetFile()).containsExactlyElementsOf(originals);
        assertThat(store().resolve("Web").resolve(originals.get(0))).isDirectory();
        assertThat(InstanceProcesses.of(result.instances().get(0).folder())).isEmpty();
        assertThat(store().resolve("Web/requests")).isEmptyDirectory();
    }

    @Test
    void aFailedReplacementFleetRollsBackWithTheEventsAwsListsForABlueGreenRollback() throws Exception {
        List<String> originals = firstFleet();
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        WebFleet fleet = new WebFleet().when(originals.get(1) + " AfterAllowTraffic",
                url -> seen.put("rolled back", WebFleet.get(url, 4)));

        GroupDeploymentResult result = play(group(BlueGreenSettings.DEFAULTS, true),
                WebFleet.bundle(temp, "v2", "i-1", "i-2"), fleet, 1);

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo("HEALTH_CONSTRAINTS");
        assertThat(result.rolledBack()).isTrue();
        GroupDeploymentResult rollback = result.rollback();
        assertThat(rollback.id()).isNotEqualTo(result.id());
        assertThat(rollback.instances()).extracting(InstanceDeployment::instanceId).containsExactly(
                originals.get(0), originals.get(1), "i-1." + result.id(), "i-2." + result.id());
        assertThat(events(rollback.instances().get(0))).containsExactly("BeforeAllowTraffic", "AllowTraffic",
                "AfterAllowTraffic");
        assertThat(events(rollback.instances().get(2))).containsExactly("BeforeBlockTraffic", "BlockTraffic",
                "AfterBlockTraffic");
        assertThat(seen.get("rolled back")).containsOnly(originals.get(0) + "=v1", originals.get(1) + "=v1");
        assertThat(fleetFile()).containsExactlyElementsOf(originals);
    }

    @Test
    void keepAliveLeavesTheOriginalInstancesOutsideTheGroup() throws Exception {
        List<String> originals = firstFleet();

        GroupDeploymentResult result = play(group(new BlueGreenSettings(false, 0, false, 0), false),
                WebFleet.bundle(temp, "v2"), new WebFleet(), 1);

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(store().resolve("Web").resolve(originals.get(0))).isDirectory();
        assertThat(fleetFile()).doesNotContainAnyElementsOf(originals);
    }

    @Test
    void continueFindsNoDeploymentThatIsNotWaiting() throws Exception {
        assertThat(RerouteRequests.request(store(), "d-ABCDEFGHI")).isEqualTo(Optional.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RerouteRequests.request(store(), "../x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'../x' is not a deployment id");
    }

    private static Set<Path> files(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return new HashSet<>(all.filter(Files::isRegularFile).toList());
        }
    }
}
