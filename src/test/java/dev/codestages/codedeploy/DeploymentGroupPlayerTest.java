package dev.codestages.codedeploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.run.DeploymentResult;
import dev.codestages.run.RunListener;
import dev.codestages.run.StepStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plays real deployments with the local agent into instance folders and checks the outcome the CodeDeploy
 * user guide documents for each deployment configuration.
 */
class DeploymentGroupPlayerTest {

    private static final Path FIXTURE = Path.of("src/test/resources/codedeploy/bundle");

    @TempDir
    Path temp;

    private Path store() {
        return temp.resolve("store");
    }

    /**
     * The revision of {@code src/test/resources/codedeploy/bundle} with {@code version} in
     * /opt/app/version.txt, whose ValidateService fails on the instances named in {@code failOn}.
     */
    private Path bundle(String name, String version, String... failOn) throws IOException {
        Path bundle = temp.resolve("bundles").resolve(name);
        try (Stream<Path> fixture = Files.walk(FIXTURE)) {
            for (Path file : fixture.filter(Files::isRegularFile).toList()) {
                write(bundle.resolve(FIXTURE.relativize(file).toString()), Files.readString(file));
            }
        }
        write(bundle.resolve("app/version.txt"), version);
        write(bundle.resolve("fail-on"), String.join("\n", failOn) + "\n");
        return bundle;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static DeploymentGroup group(DeploymentConfig config, int instances) {
        return new DeploymentGroup("demo", "Web", "dg-web", config, DeploymentGroup.numbered("i", instances),
                DeploymentGroup.IN_PLACE, false, false, false, "test");
    }

    private GroupDeploymentResult play(DeploymentGroup group, Path bundle) throws Exception {
        return new DeploymentGroupPlayer(store(), RunListener.SILENT).deploy(group, bundle, FleetHealth.none());
    }

    private Path instance(String id) {
        return store().resolve("Web").resolve(id);
    }

    private static List<Integer> waves(GroupDeploymentResult result) {
        return result.instances().stream().map(InstanceDeployment::wave).toList();
    }

    @Test
    void oneAtATimeStopsAtTheFailingSecondInstanceAndFails() throws Exception {
        GroupDeploymentResult result = play(group(DeploymentConfig.ONE_AT_A_TIME, 3), bundle("v1", "1", "i-2"));

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo("HEALTH_CONSTRAINTS");
        assertThat(result.instancesWith(StepStatus.SUCCEEDED)).containsExactly("i-1");
        assertThat(result.instancesWith(StepStatus.FAILED)).containsExactly("i-2");
        assertThat(result.instancesWith(StepStatus.SKIPPED)).containsExactly("i-3");
        assertThat(waves(result)).containsExactly(1, 2, 0);
        assertThat(Files.readAllLines(instance("i-1").resolve("events.log")))
                .containsExactly("BeforeInstall", "ApplicationStart", "ValidateService");
        assertThat(result.instances().get(1).agent().failure())
                .isEqualTo("ScriptFailed: Script at specified location: scripts/validate.sh failed with exit code 3");
        assertThat(instance("i-3")).doesNotExist();
        assertThat(result.rollback()).isNull();
    }

    @Test
    void oneAtATimeSucceedsWhenOnlyTheLastInstanceFails() throws Exception {
        GroupDeploymentResult result = play(group(DeploymentConfig.ONE_AT_A_TIME, 3), bundle("v1", "1", "i-3"));

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(result.instancesWith(StepStatus.FAILED)).containsExactly("i-3");
        assertThat(waves(result)).containsExactly(1, 2, 3);
    }

    @Test
    void halfAtATimeDeploysFourInstancesTwoAtATime() throws Exception {
        GroupDeploymentResult result = play(group(DeploymentConfig.HALF_AT_A_TIME, 4), bundle("v1", "1"));

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(result.instances()).extracting(InstanceDeployment::instanceId)
                .containsExactly("i-1", "i-2", "i-3", "i-4");
        assertThat(waves(result)).containsExactly(1, 1, 2, 2);
        for (String id : List.of("i-1", "i-2", "i-3", "i-4")) {
            assertThat(instance(id).resolve("opt/app/version.txt")).hasContent("1");
            assertThat(result.instances().stream().filter(i -> i.instanceId().equals(id)).findFirst().orElseThrow()
                    .agent().events()).extracting(DeploymentResult.EventResult::name).containsExactly("ApplicationStop",
                    "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService");
        }
    }

    @Test
    void halfAtATimeGoesOnOneAtATimeAfterOneFailureAndSucceedsWithHalf() throws Exception {
        GroupDeploymentResult result = play(group(DeploymentConfig.HALF_AT_A_TIME, 4), bundle("v1", "1", "i-1"));

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(waves(result)).containsExactly(1, 1, 2, 3);
        assertThat(result.instancesWith(StepStatus.SUCCEEDED)).containsExactly("i-2", "i-3", "i-4");
    }

    @Test
    void halfAtATimeStopsWhenTheFirstHalfFails() throws Exception {
        GroupDeploymentResult result = play(group(DeploymentConfig.HALF_AT_A_TIME, 4), bundle("v1", "1", "i-1", "i-2"));

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo("HEALTH_CONSTRAINTS");
        assertThat(result.instancesWith(StepStatus.SKIPPED)).containsExactly("i-3", "i-4");
    }

    @Test
    void allAtOnceDeploysEveryInstanceInOneWaveAndSucceedsWithOneSuccess() throws Exception {
        GroupDeploymentResult result = play(group(DeploymentConfig.ALL_AT_ONCE, 3), bundle("v1", "1", "i-1", "i-3"));

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(waves(result)).containsExactly(1, 1, 1);
        assertThat(result.instancesWith(StepStatus.SUCCEEDED)).containsExactly("i-2");
    }

    @Test
    void allAtOnceFailsOnlyWhenEveryInstanceFails() throws Exception {
        GroupDeploymentResult result = play(group(DeploymentConfig.ALL_AT_ONCE, 2), bundle("v1", "1", "i-1", "i-2"));

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.instancesWith(StepStatus.FAILED)).containsExactly("i-1", "i-2");
    }

    @Test
    void customHostCountDeploysAllButTheMinimumAtATime() throws Exception {
        DeploymentConfig twoHealthy = new DeploymentConfig("TwoHealthy",
                new MinimumHealthyHosts(MinimumHealthyHosts.Type.HOST_COUNT, 2));
        GroupDeploymentResult result = play(group(twoHealthy, 5), bundle("v1", "1"));

        assertThat(result.status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(waves(result)).containsExactly(1, 1, 1, 2, 2);
    }

    @Test
    void customHostCountStopsWhenTheHealthyInstancesFallToTheMinimum() throws Exception {
        DeploymentConfig threeHealthy = new DeploymentConfig("ThreeHealthy",
                new MinimumHealthyHosts(MinimumHealthyHosts.Type.HOST_COUNT, 3));
        GroupDeploymentResult result = play(group(threeHealthy, 5), bundle("v1", "1", "i-1", "i-2"));

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.instancesWith(StepStatus.FAILED)).containsExactly("i-1", "i-2");
        assertThat(result.instancesWith(StepStatus.SKIPPED)).containsExactly("i-3", "i-4", "i-5");
    }

    @Test
    void aMinimumOfTheWholeFleetFailsWithHealthConstraintsInvalidBeforeAnyInstance() throws Exception {
        DeploymentConfig ninetyFive = new DeploymentConfig("NinetyFive",
                new MinimumHealthyHosts(MinimumHealthyHosts.Type.FLEET_PERCENT, 95));
        GroupDeploymentResult result = play(group(ninetyFive, 10), bundle("v1", "1"));

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.errorCode()).isEqualTo("HEALTH_CONSTRAINTS_INVALID");
        assertThat(result.instancesWith(StepStatus.SKIPPED)).hasSize(10);
        assertThat(store().resolve("Web")).isEmptyDirectory();
    }

    @Test
    void automaticRollbackIsOffByDefault() throws Exception {
        DeploymentGroup group = DeploymentGroup.defaults("demo", "Web", 2);
        GroupDeploymentResult first = play(group, bundle("v1", "1"));
        assertThat(first.succeeded()).isTrue();

        GroupDeploymentResult result = new DeploymentGroupPlayer(store(), RunListener.SILENT)
                .deploy(group, bundle("v2", "2", "i-1"), first.health());

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.rollback()).isNull();
        assertThat(result.rolledBack()).isFalse();
        assertThat(instance("i-1").resolve("opt/app/version.txt")).hasContent("2");
        assertThat(result.instancesWith(StepStatus.SKIPPED)).containsExactly("i-2");
    }

    @Test
    void aGroupWithRollbackOnFailureRedeploysTheLastGoodRevisionAsANewDeployment() throws Exception {
        DeploymentGroup group = DeploymentGroup.defaults("demo", "Web", 2).withRollbackOnFailure(true);
        Path v1 = bundle("v1", "1");
        GroupDeploymentResult first = play(group, v1);

        GroupDeploymentResult result = new DeploymentGroupPlayer(store(), RunListener.SILENT)
                .deploy(group, bundle("v2", "2", "i-1"), first.health());

        assertThat(result.status()).isEqualTo(StepStatus.FAILED);
        assertThat(result.rolledBack()).isTrue();
        assertThat(result.rollback().id()).isNotEqualTo(result.id());
        assertThat(result.rollback().revision()).isEqualTo(v1.toString());
        assertThat(result.rollback().instancesWith(StepStatus.SUCCEEDED)).containsExactly("i-1", "i-2");
        assertThat(instance("i-1").resolve("opt/app/version.txt")).hasContent("1");
    }

    @Test
    void stopDeploymentWithRollbackSkipsTheInstancesLeftAndRedeploysTheLastGoodRevision() throws Exception {
        DeploymentGroup group = DeploymentGroup.defaults("demo", "Web", 2);
        Path v1 = bundle("v1", "1");
        GroupDeploymentResult first = play(group, v1);

        GroupDeploymentResult result = stoppedAfterFirstInstance(true).deploy(group, bundle("v2", "2"), first.health());

        assertThat(result.status()).isEqualTo(StepStatus.STOPPED);
        assertThat(result.errorCode()).isEqualTo("MANUAL_STOP");
        assertThat(result.message()).isEqualTo("Deployment " + result.id() + " was stopped");
        assertThat(result.instancesWith(StepStatus.SUCCEEDED)).containsExactly("i-1");
        assertThat(result.instancesWith(StepStatus.SKIPPED)).containsExactly("i-2");
        assertThat(result.rolledBack()).isTrue();
        assertThat(result.rollback().revision()).isEqualTo(v1.toString());
        assertThat(instance("i-1").resolve("opt/app/version.txt")).hasContent("1");
    }

    @Test
    void stopDeploymentWithoutRollbackLeavesTheDeployedInstancesOnTheNewRevision() throws Exception {
        DeploymentGroup group = DeploymentGroup.defaults("demo", "Web", 2).withRollbackOnFailure(true);
        GroupDeploymentResult first = play(group, bundle("v1", "1"));

        GroupDeploymentResult result = stoppedAfterFirstInstance(false).deploy(group, bundle("v2", "2"), first.health());

        assertThat(result.status()).isEqualTo(StepStatus.STOPPED);
        assertThat(result.rollback()).isNull();
        assertThat(instance("i-1").resolve("opt/app/version.txt")).hasContent("2");
        assertThat(instance("i-2").resolve("opt/app/version.txt")).hasContent("1");
    }

    /**
     * A player whose first deployment is asked to stop (rolled back when {@code rollBack}) from its second look on,
     * that is once its first instance is deployed; a later deployment (the rollback) is never asked.
     */
    private DeploymentGroupPlayer stoppedAfterFirstInstance(boolean rollBack) {
        List<String> looks = new ArrayList<>();
        DeploymentStops stops = id -> {
            looks.add(id);
            return looks.get(0).equals(id) && looks.size() > 1 ? java.util.Optional.of(rollBack) : java.util.Optional.empty();
        };
        return new DeploymentGroupPlayer(store(), RunListener.SILENT, false,
                new dev.codestages.codedeploy.lambda.ScaledClock(1), DeploymentStatusListener.NONE, stops);
    }

    @Test
    void theNextDeploymentStartsWithTheInstanceThatFailedLastTime() throws Exception {
        DeploymentGroup group = group(DeploymentConfig.ONE_AT_A_TIME, 3);
        GroupDeploymentResult first = play(group, bundle("v1", "1", "i-3"));
        assertThat(first.succeeded()).isTrue();

        GroupDeploymentResult second = new DeploymentGroupPlayer(store(), RunListener.SILENT)
                .deploy(group, bundle("v2", "2"), first.health());

        assertThat(second.instances()).extracting(InstanceDeployment::instanceId).containsExactly("i-3", "i-1", "i-2");
        assertThat(second.health().instances().values()).allSatisfy(health -> assertThat(health)
                .isEqualTo(new InstanceHealth(true, second.revision())));
        assertThat(second.health().revision()).isEqualTo(second.revision());
    }

    @Test
    void aFailedDeploymentKeepsTheGroupsRevision() throws Exception {
        DeploymentGroup group = group(DeploymentConfig.ONE_AT_A_TIME, 2);
        GroupDeploymentResult first = play(group, bundle("v1", "1"));

        GroupDeploymentResult second = new DeploymentGroupPlayer(store(), RunListener.SILENT)
                .deploy(group, bundle("v2", "2", "i-1"), first.health());

        assertThat(second.health().revision()).isEqualTo(first.revision());
        assertThat(second.health().of("i-1").healthy()).isFalse();
        assertThat(second.health().of("i-2")).isEqualTo(new InstanceHealth(true, first.revision()));
    }

    @Test
    void theListenerHearsEveryEventNamedByItsInstance() throws Exception {
        List<String> started = new ArrayList<>();
        RunListener recording = new RunListener() {
            @Override
            public void started(String step) {
                started.add(step);
            }
        };

        new DeploymentGroupPlayer(store(), recording).deploy(group(DeploymentConfig.ONE_AT_A_TIME, 2),
                bundle("v1", "1"), FleetHealth.none());

        assertThat(started).containsExactly("i-1 ApplicationStop", "i-1 DownloadBundle", "i-1 BeforeInstall",
                "i-1 Install", "i-1 AfterInstall", "i-1 ApplicationStart", "i-1 ValidateService",
                "i-2 ApplicationStop", "i-2 DownloadBundle", "i-2 BeforeInstall", "i-2 Install", "i-2 AfterInstall",
                "i-2 ApplicationStart", "i-2 ValidateService");
    }

    @Test
    void nothingIsWrittenOutsideTheInstanceFolders() throws Exception {
        Path bundle = bundle("v1", "1", "i-2");
        Set<Path> before = files(temp);

        play(group(DeploymentConfig.ALL_AT_ONCE, 3), bundle);

        Set<Path> written = files(temp);
        written.removeAll(before);
        assertThat(written).isNotEmpty().allSatisfy(file -> assertThat(List.of(instance("i-1"), instance("i-2"),
                instance("i-3"))).anySatisfy(folder -> assertThat(file).startsWith(folder)));
        assertThat(files(bundle)).allSatisfy(file -> assertThat(before).contains(file));
    }

    @Test
    void blueGreenWithoutALoadBalancerIsRefusedLoudly() throws Exception {
        DeploymentGroup blueGreen = new DeploymentGroup("demo", "Web", "dg-web", DeploymentConfig.ONE_AT_A_TIME,
                List.of("i-1"), DeploymentGroup.BLUE_GREEN, true, false, false, "test");
        Path bundle = bundle("v1", "1");

        assertThatThrownBy(() -> play(blueGreen, bundle)).isInstanceOf(DeploymentGroupException.class)
                .hasMessage("test: a blue/green deployment needs a load balancer (LoadBalancerInfo) to move traffic"
                        + " to the replacement instances");
        assertThat(store().resolve("Web")).doesNotExist();
    }

    @Test
    void aGroupFolderThatIsALinkIsRefused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(store());
        Files.createSymbolicLink(store().resolve("Web"), outside);
        Path bundle = bundle("v1", "1");

        assertThatThrownBy(() -> play(group(DeploymentConfig.ONE_AT_A_TIME, 1), bundle))
                .isInstanceOf(DeploymentGroupException.class).hasMessageContaining("is a symbolic link");
        assertThat(outside).isEmptyDirectory();
    }

    private static Set<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }
}
