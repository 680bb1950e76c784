package io.jenkins.plugins.codestages;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
        j.assertLogContains("compiling", b);
        j.assertLogContains("runBuildspec: COMMAND_EXECUTION_ERROR: Error while executing command: exit 3."
                + " Reason: exit status 3", b);
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
