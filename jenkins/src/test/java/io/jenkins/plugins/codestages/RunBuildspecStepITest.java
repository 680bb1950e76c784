package io.jenkins.plugins.codestages;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Tests {@link RunBuildspecStep} in Pipeline jobs on an agent. */
@WithJenkins
class RunBuildspecStepITest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @Test
    void aGreenBuildStreamsItsLogSetsCodeBuildVariablesAndArchivesTheArtifacts(JenkinsRule j) throws Exception {
        AgentJob job = AgentJob.create(j).file("buildspec.yml", Specs.BUILDSPEC_PACKING_A_BUNDLE)
                .file("appspec.yml", Specs.APPSPEC).script("scripts/validate.sh", Specs.VALIDATE_OK)
                .onAgent("""
                        withEnv(['GIT_COMMIT=0123abcd']) {
                          def result = runBuildspec buildspec: 'buildspec.yml'
                          echo "artifacts=${result.artifacts} version=${result.exportedVariables.VERSION}"
                        }
                        """);
        WorkflowRun b = job.build(Result.SUCCESS);
        j.assertLogContains("[codestages] build: started", b);
        j.assertLogContains("build 1 of 0123abcd by CodeBuild-Jenkins-Plugin", b);
        j.assertLogContains("runBuildspec: archived BuildOutput.zip", b);
        j.assertLogContains("artifacts=[BuildOutput.zip] version=1.1", b);
        assertThat(b.getArtifacts().stream().map(artifact -> artifact.getFileName()).toList(),
                contains("BuildOutput.zip"));
        assertTrue(job.workspace().child("BuildOutput.zip").exists());
    }

    @Test
    void aFailingCommandFailsTheStepWithCodeBuildsMessage(JenkinsRule j) throws Exception {
        AgentJob job = AgentJob.create(j).file("buildspec.yml", Specs.BUILDSPEC_FAILING).onAgent("runBuildspec()");
        WorkflowRun b = job.build(Result.FAILURE);
        String failure = "runBuildspec: COMMAND_EXECUTION_ERROR: Error while executing command: exit 3."
                + " Reason: exit status 3";
        j.assertLogContains(failure, b);
        // the agent-side log is flushed before the step ends: the command's output comes before the failure
        String log = JenkinsRule.getLog(b);
        assertThat(log.indexOf("compiling"), allOf(greaterThanOrEqualTo(0), lessThan(log.indexOf(failure))));
    }

    private interface Stop {
        void stop(WorkflowRun b) throws Exception;
    }

    /**
     * Runs a build whose command writes the pid of a background sleep and waits for it, lets {@code stop}
     * end the build once the sleep runs, and returns the build after checking that it was aborted and that
     * the sleep is gone.
     */
    private static WorkflowRun stoppedWhileSleeping(JenkinsRule j, Path pid, String steps, Stop stop) throws Exception {
        AgentJob job = AgentJob.create(j).file("buildspec.yml", """
                version: 0.2
                phases:
                  build:
                    commands:
                      - echo 'sleeping'; sleep 600 & echo $! > '%s'; wait
                """.formatted(pid)).onAgent(steps);
        WorkflowRun b = job.job.scheduleBuild2(0).waitForStart();
        while (!Files.exists(pid) || Files.readString(pid).isBlank()) {
            Thread.sleep(50);
        }
        ProcessHandle sleep = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).orElseThrow();
        stop.stop(b);
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));
        sleep.onExit().get(60, TimeUnit.SECONDS);
        assertFalse(sleep.isAlive());
        return b;
    }

    @Test
    void abortingTheBuildStopsTheCommandAndWhatItStarted(JenkinsRule j, @TempDir Path temp) throws Exception {
        WorkflowRun b = stoppedWhileSleeping(j, temp.resolve("sleep.pid"), "runBuildspec()", WorkflowRun::doStop);
        j.assertLogContains("sleeping", b);
    }

    @Test
    void theEndOfATimeoutBlockStopsTheCommandAndWhatItStarted(JenkinsRule j, @TempDir Path temp) throws Exception {
        stoppedWhileSleeping(j, temp.resolve("sleep.pid"), "timeout(time: 20, unit: 'SECONDS') { runBuildspec() }",
                b -> { });
    }

    @Test
    void aNullBuildspecMeansTheDefault(JenkinsRule j) throws Exception {
        AgentJob job = AgentJob.create(j).file("buildspec.yml", Specs.BUILDSPEC_FAILING)
                .onAgent("runBuildspec buildspec: null");
        WorkflowRun b = job.build(Result.FAILURE);
        j.assertLogContains("compiling", b);
        j.assertLogNotContains("NullPointerException", b);
    }

    @Test
    void aMissingOrOutsideBuildspecIsRefused(JenkinsRule j) throws Exception {
        AgentJob job = AgentJob.create(j).onAgent("runBuildspec buildspec: 'ci/buildspec.yml'");
        WorkflowRun b = job.build(Result.FAILURE);
        j.assertLogContains("runBuildspec: 'ci/buildspec.yml' is not a file in the workspace", b);

        job.onAgent("runBuildspec buildspec: '../other/buildspec.yml'");
        b = job.build(Result.FAILURE);
        j.assertLogContains("climbs out with '..'", b);
    }
}
