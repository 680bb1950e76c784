package dev.codestages.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link DeployAgent}: event order, installed files, rollback, time limits, and paths kept inside the target. */
class DeployAgentTest {

    @TempDir
    Path temp;

    private final RecordingListener listener = new RecordingListener();

    private static final String HOOK = "#!/bin/sh\necho \"$LIFECYCLE_EVENT $APPLICATION_NAME $DEPLOYMENT_GROUP_NAME\""
            + " >> \"$CODESTAGES_INSTANCE_ROOT/events.log\"\n";

    /** A bundle folder with an appspec installing app/ to /opt/app and a script per hook. */
    private Path bundle(String name, String version, String validate) throws IOException {
        Path bundle = temp.resolve(name);
        write(bundle.resolve("app/version.txt"), version);
        write(bundle.resolve("app/conf/app.conf"), "conf " + version);
        for (String hook : List.of("stop", "before", "after", "start")) {
            write(bundle.resolve("scripts/" + hook + ".sh"), HOOK);
        }
        write(bundle.resolve("scripts/validate.sh"), HOOK + validate + "\n");
        write(bundle.resolve("appspec.yml"), """
                version: 0.0
                os: linux
                files:
                  - source: app
                    destination: /opt/app
                file_exists_behavior: OVERWRITE
                permissions:
                  - object: /opt/app
                    pattern: "*.txt"
                    mode: "640"
                    type: [file]
                hooks:
                  ApplicationStop:
                    - location: scripts/stop.sh
                  BeforeInstall:
                    - location: scripts/before.sh
                  AfterInstall:
                    - location: scripts/after.sh
                  ApplicationStart:
                    - location: scripts/start.sh
                  ValidateService:
                    - location: scripts/validate.sh
                      timeout: 30
                """);
        return bundle;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private Path target() {
        return temp.resolve("instance");
    }

    private List<String> eventsLog() throws IOException {
        return Files.readAllLines(target().resolve("events.log"));
    }

    @Test
    void aGreenDeploymentRunsTheHooksInOrderAndInstallsUnderTheTarget() throws Exception {
        DeploymentResult result = new DeployAgent(listener).deploy(bundle("v1", "1", "exit 0"), target(),
                DeploySettings.local("demo"));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.events()).extracting(DeploymentResult.EventResult::name).containsExactly("ApplicationStop",
                "DownloadBundle", "BeforeInstall", "Install", "AfterInstall", "ApplicationStart", "ValidateService");
        // the first deployment has no earlier revision, so ApplicationStop runs nothing
        assertThat(eventsLog()).containsExactly("BeforeInstall demo LocalFleet", "AfterInstall demo LocalFleet",
                "ApplicationStart demo LocalFleet", "ValidateService demo LocalFleet");
        assertThat(target().resolve("opt/app/version.txt")).hasContent("1");
        assertThat(target().resolve("opt/app/conf/app.conf")).hasContent("conf 1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target().resolve("opt/app/version.txt"))))
                .isEqualTo("rw-r-----");
        assertThat(result.events().get(6).scripts()).containsExactly(
                new DeploymentResult.ScriptResult("scripts/validate.sh", 0, null));
        Path agent = target().resolve("opt/codedeploy-agent/deployment-root");
        assertThat(agent.resolve("dg-local/" + result.id() + "/logs/scripts.log")).exists();
        assertThat(agent.resolve("deployment-logs/codedeploy-agent-deployments.log")).exists();
    }

    @Test
    void aSecondDeploymentStopsWithTheOldRevisionsScript() throws Exception {
        DeployAgent agent = new DeployAgent(listener);
        agent.deploy(bundle("v1", "1", "exit 0"), target(), DeploySettings.local("demo"));
        Files.delete(target().resolve("events.log"));
        agent.deploy(bundle("v2", "2", "exit 0"), target(), DeploySettings.local("demo"));
        assertThat(eventsLog()).first().isEqualTo("ApplicationStop demo LocalFleet");
        assertThat(target().resolve("opt/app/version.txt")).hasContent("2");
    }

    @Test
    void aFailingValidateServiceRollsBackToThePreviousRevisionByteForByte() throws Exception {
        DeployAgent agent = new DeployAgent(listener);
        agent.deploy(bundle("v1", "1", "exit 0"), target(), DeploySettings.local("demo"));
        byte[] before = Files.readAllBytes(target().resolve("opt/app/conf/app.conf"));

        DeploymentResult result = agent.deploy(bundle("v2", "2", "exit 7"), target(), DeploySettings.local("demo"));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).isEqualTo("ScriptFailed: Script at specified location: scripts/validate.sh failed"
                + " with exit code 7");
        assertThat(result.rolledBack()).isTrue();
        assertThat(result.rollback().succeeded()).isTrue();
        assertThat(target().resolve("opt/app/version.txt")).hasContent("1");
        assertThat(Files.readAllBytes(target().resolve("opt/app/conf/app.conf"))).isEqualTo(before);
    }

    @Test
    void withoutRollbackTheFailedRevisionStays() throws Exception {
        DeployAgent agent = new DeployAgent(listener);
        agent.deploy(bundle("v1", "1", "exit 0"), target(), DeploySettings.local("demo"));
        DeploymentResult result = agent.deploy(bundle("v2", "2", "exit 7"), target(),
                new DeploySettings("demo", "LocalFleet", "dg-local", false));
        assertThat(result.rolledBack()).isFalse();
        assertThat(target().resolve("opt/app/version.txt")).hasContent("2");
    }

    @Test
    @Timeout(20)
    void aHookPastItsTimeoutIsKilledWithItsChildren() throws Exception {
        Path bundle = temp.resolve("slow");
        write(bundle.resolve("scripts/slow.sh"), "#!/bin/bash\nsleep 300 &\necho $! > \"$CODESTAGES_INSTANCE_ROOT/child.pid\"\n"
                + "sleep 300\n");
        write(bundle.resolve("appspec.yml"), """
                version: 0.0
                os: linux
                hooks:
                  BeforeInstall:
                    - location: scripts/slow.sh
                      timeout: 1
                """);
        long start = System.nanoTime();
        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.failure()).isEqualTo("ScriptTimedOut: Script at specified location: scripts/slow.sh failed"
                + " to complete in 1 seconds");
        long child = Long.parseLong(Files.readString(target().resolve("child.pid")).strip());
        assertThat(running(child)).as("background child still running after the kill").isFalse();
        // a guard against the kill not happening at all, not a performance check
        assertThat(elapsedMs).isLessThan(15_000);
    }

    /**
     * Whether a process is still running: a killed child whose parent died first stays a zombie until
     * init reaps it, which ProcessHandle counts as alive, so read its state from /proc, waiting briefly.
     */
    private static boolean running(long pid) throws Exception {
        for (int i = 0; i < 20; i++) {
            Path stat = Path.of("/proc/" + pid + "/stat");
            if (!Files.exists(stat)) {
                return false;
            }
            String content = Files.readString(stat);
            char state = content.charAt(content.lastIndexOf(')') + 2);
            if (state == 'Z' || state == 'X') {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    @Test
    void aFilesEntryLeadingOutOfTheTargetIsRefusedAndNothingIsWrittenOutside() throws Exception {
        Path bundle = temp.resolve("escape");
        write(bundle.resolve("evil.txt"), "evil");
        write(bundle.resolve("appspec.yml"), """
                version: 0.0
                os: linux
                files:
                  - source: evil.txt
                    destination: /../../outside
                """);
        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).contains("leads outside the instance folder");
        assertThat(temp.resolve("outside")).doesNotExist();
        assertThat(temp.getParent().resolve("outside")).doesNotExist();
    }

    @Test
    void aSymlinkInTheTargetLeadingOutsideIsRefused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(target().resolve("opt"));
        Files.createSymbolicLink(target().resolve("opt/app"), outside);
        DeploymentResult result = new DeployAgent(listener).deploy(bundle("v1", "1", "exit 0"), target(),
                DeploySettings.local("demo"));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).contains("outside the instance folder through a symbolic link");
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aBundleSymlinkLeadingOutsideIsNotDeployed() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
        Path bundle = bundle("v1", "1", "exit 0");
        Files.createSymbolicLink(bundle.resolve("app/leak.txt"), secret);
        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));
        assertThat(result.succeeded()).isTrue();
        assertThat(target().resolve("opt/app/leak.txt")).doesNotExist();
    }

    @Test
    void disallowFailsOnAFileThatExistsAndWasNotDeployedByUs() throws Exception {
        Path bundle = bundle("v1", "1", "exit 0");
        Files.writeString(bundle.resolve("appspec.yml"), Files.readString(bundle.resolve("appspec.yml"))
                .replace("file_exists_behavior: OVERWRITE", "file_exists_behavior: DISALLOW"));
        write(target().resolve("opt/app/version.txt"), "someone else's");
        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));
        assertThat(result.failure()).isEqualTo("Install failed: The deployment failed because a specified file"
                + " already exists at this location: /opt/app/version.txt");
        assertThat(target().resolve("opt/app/version.txt")).hasContent("someone else's");
    }

    @Test
    void aMissingScriptFailsWithScriptMissing() throws Exception {
        Path bundle = bundle("v1", "1", "exit 0");
        Files.delete(bundle.resolve("scripts/start.sh"));
        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));
        assertThat(result.failure()).startsWith("ScriptMissing: Script does not exist at specified location: ");
        assertThat(result.events()).extracting(DeploymentResult.EventResult::status).containsExactly(
                StepStatus.SUCCEEDED, StepStatus.SUCCEEDED, StepStatus.SUCCEEDED, StepStatus.SUCCEEDED,
                StepStatus.SUCCEEDED, StepStatus.FAILED, StepStatus.SKIPPED);
    }

    @Test
    void cleanupNeverFollowsALinkAHookPutInPlaceOfADeployedFolder() throws Exception {
        Path shared = Files.createDirectories(temp.resolve("elsewhere/shared"));
        Files.writeString(shared.resolve("app.conf"), "shared config");
        Path v1 = bundle("v1", "1", "exit 0");
        // AfterInstall replaces the deployed conf folder with a link to shared config outside the target
        write(v1.resolve("scripts/after.sh"), HOOK + "rm -rf \"$CODESTAGES_INSTANCE_ROOT/opt/app/conf\"\n"
                + "ln -s " + shared + " \"$CODESTAGES_INSTANCE_ROOT/opt/app/conf\"\n");
        DeployAgent agent = new DeployAgent(listener);
        assertThat(agent.deploy(v1, target(), DeploySettings.local("demo")).succeeded()).isTrue();

        DeploymentResult second = agent.deploy(bundle("v2", "2", "exit 0"), target(), DeploySettings.local("demo"));

        assertThat(shared.resolve("app.conf")).hasContent("shared config");
        try (Stream<Path> files = Files.list(shared)) {
            assertThat(files).containsExactly(shared.resolve("app.conf"));
        }
        assertThat(second.failure()).isNull();
        assertThat(target().resolve("opt/app/conf")).isDirectory().isNotEqualTo(shared);
        assertThat(Files.isSymbolicLink(target().resolve("opt/app/conf"))).isFalse();
        assertThat(target().resolve("opt/app/conf/app.conf")).hasContent("conf 2");
    }

    @Test
    void aPermissionsPatternIsMatchedAsTheAgentMatchesItWithOnlyStarAsWildcard() throws Exception {
        Path bundle = bundle("v1", "1", "exit 0");
        write(bundle.resolve("app/[a-"), "literal name");
        write(bundle.resolve("app/a"), "plain name");
        Files.writeString(bundle.resolve("appspec.yml"), Files.readString(bundle.resolve("appspec.yml"))
                .replace("pattern: \"*.txt\"", "pattern: \"[a-\""));

        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));

        assertThat(result.failure()).isNull();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target().resolve("opt/app/[a-"))))
                .isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target().resolve("opt/app/a"))))
                .isNotEqualTo("rw-r-----");
    }

    @Test
    void aFailureInsideAnEventFailsThatEventAndRollsBack() throws Exception {
        DeployAgent agent = new DeployAgent(listener);
        agent.deploy(bundle("v1", "1", "exit 0"), target(), DeploySettings.local("demo"));
        Path v2 = bundle("v2", "2", "exit 0");
        // a NUL in a destination is no path on this file system: the Install event fails on it
        Files.writeString(v2.resolve("appspec.yml"), Files.readString(v2.resolve("appspec.yml"))
                .replace("destination: /opt/app", "destination: \"/opt/app\\0x\""));

        DeploymentResult result = agent.deploy(v2, target(), DeploySettings.local("demo"));

        assertThat(result.failure()).startsWith("Install failed: ");
        assertThat(result.events()).filteredOn(e -> e.name().equals("Install"))
                .extracting(DeploymentResult.EventResult::status).containsExactly(StepStatus.FAILED);
        assertThat(result.rolledBack()).isTrue();
        assertThat(result.rollback().succeeded()).isTrue();
        assertThat(target().resolve("opt/app/version.txt")).hasContent("1");
    }

    @Test
    void anAppspecTheLinterRejectsFailsTheDeploymentWithTheFinding() throws Exception {
        Path bundle = bundle("v1", "1", "exit 0");
        Files.writeString(bundle.resolve("appspec.yml"), Files.readString(bundle.resolve("appspec.yml"))
                .replace("timeout: 30", "timeout: soon"));

        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));

        assertThat(result.failure()).isEqualTo("DownloadBundle failed: the application specification file appspec.yml"
                + " has 1 error the agent fails on:\nappspec.yml:23:16: error [AS015] timeout 'soon' is not a positive"
                + " number of seconds; the agent fails the deployment");
        assertThat(result.events()).extracting(DeploymentResult.EventResult::status).containsExactly(
                StepStatus.SUCCEEDED, StepStatus.FAILED, StepStatus.SKIPPED, StepStatus.SKIPPED, StepStatus.SKIPPED,
                StepStatus.SKIPPED, StepStatus.SKIPPED);
        assertThat(target().resolve("events.log")).as("no hook ran").doesNotExist();
    }

    @Test
    void theAgentFindsAppspecYamlButNotAppspecJson() throws Exception {
        Path yaml = bundle("yaml", "1", "exit 0");
        Files.move(yaml.resolve("appspec.yml"), yaml.resolve("appspec.yaml"));
        assertThat(new DeployAgent(listener).deploy(yaml, target(), DeploySettings.local("demo")).succeeded()).isTrue();

        Path json = temp.resolve("json");
        write(json.resolve("appspec.json"), "{\"version\": 0.0, \"os\": \"linux\"}");
        DeploymentResult result = new DeployAgent(listener).deploy(json, temp.resolve("other"),
                DeploySettings.local("demo"));
        assertThat(result.failure()).isEqualTo("DownloadBundle failed: The CodeDeploy agent did not find an AppSpec"
                + " file within the unpacked revision directory at revision-relative path \"appspec.yml\"");
    }

    @Test
    @Timeout(60)
    void aSecondDeploymentIntoTheSameTargetIsRefusedWhileTheFirstRuns() throws Exception {
        Path release = temp.resolve("release");
        Path validating = temp.resolve("validating");
        Path first = bundle("first", "1", "touch '" + validating + "'\nwhile [ ! -e '" + release + "' ]; do sleep 0.1; done");
        Path second = bundle("second", "2", "exit 0");
        DeploymentResult[] firstResult = new DeploymentResult[1];
        Thread running = new Thread(() -> {
            try {
                firstResult[0] = new DeployAgent(listener).deploy(first, target(), DeploySettings.local("demo"));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        running.start();
        while (!Files.exists(validating)) {
            Thread.sleep(50);
        }
        try {
            assertThatThrownBy(() -> new DeployAgent(listener).deploy(second, target(), DeploySettings.local("demo")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("another deployment into " + target().toRealPath() + " is in progress");
        } finally {
            Files.createFile(release);
            running.join();
        }
        assertThat(firstResult[0].succeeded()).isTrue();
        assertThat(target().resolve("opt/app/version.txt")).hasContent("1");
        assertThat(new DeployAgent(listener).deploy(second, target(), DeploySettings.local("demo")).succeeded())
                .as("the lock is released when the deployment ends").isTrue();
    }

    @Test
    @Timeout(60)
    void anInterruptRecordsTheRunningEventAsStoppedLogsTheEndAndIsPassedOn() throws Exception {
        Path started = temp.resolve("started");
        Path bundle = bundle("slow", "1", "touch '" + started + "'; sleep 600");
        Throwable thrown = InterruptedRun.interruptOnce(started,
                () -> new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo")));

        // the thread's caller (a Jenkins step) learns of the interrupt; the event is recorded as stopped first
        assertThat(thrown).isInstanceOf(InterruptedException.class)
                .hasMessage("ValidateService stopped: codestages was interrupted");
        assertThat(listener.events).contains("end ValidateService STOPPED")
                .doesNotContain("note Rollback: redeploying the last good revision");
        assertThat(Files.readString(target().resolve(
                "opt/codedeploy-agent/deployment-root/deployment-logs/codedeploy-agent-deployments.log")))
                .containsPattern("deployment d-\\w+ stopped: ValidateService stopped");
    }

    @Test
    void aDeploymentGroupKeepsFiveRevisionsAsTheAgentDoes() throws Exception {
        DeployAgent agent = new DeployAgent(listener);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ids.add(agent.deploy(bundle("v" + i, Integer.toString(i), "exit 0"), target(), DeploySettings.local("demo"))
                    .id());
        }
        try (Stream<Path> kept = Files.list(target().resolve("opt/codedeploy-agent/deployment-root/dg-local"))) {
            assertThat(kept.map(path -> path.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    ids.subList(2, 7));
        }
        assertThat(target().resolve("opt/app/version.txt")).hasContent("7");
    }

    @Test
    void aHookWritesToOutputOfItsOwnNotAPipeThatDiesWithCodestages() throws Exception {
        Path bundle = bundle("daemon", "1", "if [ -p /dev/stdout ]; then echo stdout-is-a-pipe; else echo stdout-is-a-file; fi");
        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));

        assertThat(result.succeeded()).isTrue();
        assertThat(listener.output).contains("ValidateService| stdout-is-a-file");
        try (Stream<Path> logs = Files.walk(target().resolve("opt/codedeploy-agent/deployment-root/dg-local"))) {
            Path scriptsLog = logs.filter(path -> path.endsWith("logs/scripts.log")).findFirst().orElseThrow();
            assertThat(Files.readString(scriptsLog)).contains("[stdout]stdout-is-a-file");
        }
    }

    @Test
    void theScriptsLogMarksStandardOutputAndStandardErrorAsTheAgentDoes() throws Exception {
        Path bundle = bundle("streams", "1", "echo to-stdout; echo to-stderr >&2");
        DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));

        assertThat(result.succeeded()).isTrue();
        assertThat(listener.output).contains("ValidateService| to-stdout", "ValidateService| to-stderr");
        try (Stream<Path> logs = Files.walk(target().resolve("opt/codedeploy-agent/deployment-root/dg-local"))) {
            Path scriptsLog = logs.filter(path -> path.endsWith("logs/scripts.log")).findFirst().orElseThrow();
            assertThat(Files.readString(scriptsLog)).contains("[stdout]to-stdout", "[stderr]to-stderr")
                    .doesNotContain("[stdout]to-stderr");
        }
    }

    @Test
    @Timeout(60)
    void aBackgroundProcessThatKeepsTheHooksOutputOpenFailsItAtItsTimeoutAsTheAgentDoes() throws Exception {
        Path bundle = startingADaemon("daemon-left-open", "sleep 30 &", 2);
        try {
            DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));

            assertThat(result.succeeded()).isFalse();
            assertThat(result.failure()).startsWith("ScriptFailed: Script at specified location: scripts/start.sh"
                    + " failed to close STDOUT (a process it started in the background still holds it")
                    .contains("troubleshooting-deployments.html");
            assertThat(listener.output).contains("ApplicationStart| started");
            long daemon = Long.parseLong(Files.readString(target().resolve("daemon.pid")).strip());
            assertThat(running(daemon)).as("the agent leaves the background process running").isTrue();
        } finally {
            Path pid = target().resolve("daemon.pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void aBackgroundProcessWithItsOutputRedirectedLetsTheHookEndAtOnce() throws Exception {
        Path bundle = startingADaemon("daemon-redirected", "sleep 30 > /dev/null 2>&1 &", 600);
        try {
            DeploymentResult result = new DeployAgent(listener).deploy(bundle, target(), DeploySettings.local("demo"));
            assertThat(result.succeeded()).as(result.failure()).isTrue();
        } finally {
            ProcessHandle.of(Long.parseLong(Files.readString(target().resolve("daemon.pid")).strip()))
                    .ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** A bundle whose ApplicationStart starts {@code daemon} (a shell line), records its pid and says "started". */
    private Path startingADaemon(String name, String daemon, int timeoutSeconds) throws IOException {
        Path bundle = temp.resolve(name);
        write(bundle.resolve("scripts/start.sh"), "#!/bin/bash\n" + daemon + "\n"
                + "echo $! > \"$CODESTAGES_INSTANCE_ROOT/daemon.pid\"\necho started\n");
        write(bundle.resolve("appspec.yml"), """
                version: 0.0
                os: linux
                hooks:
                  ApplicationStart:
                    - location: scripts/start.sh
                      timeout: %d
                """.formatted(timeoutSeconds));
        return bundle;
    }
}
