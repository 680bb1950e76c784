package io.jenkins.plugins.codestages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Tests {@link DeployAppspecStep} in Pipeline jobs on an agent. */
@WithJenkins
class DeployAppspecStepITest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static AgentJob withBundle(JenkinsRule j, String validate) throws Exception {
        return AgentJob.create(j).file("bundle/appspec.yml", Specs.APPSPEC).file("bundle/app/version.txt", "7\n")
                .script("bundle/scripts/validate.sh", validate);
    }

    @Test
    void aGreenDeploymentInstallsIntoTheInstanceFolderAndLogsEveryEvent(JenkinsRule j) throws Exception {
        AgentJob job = withBundle(j, Specs.VALIDATE_OK).onAgent("""
                def deployment = deployAppspec bundle: 'bundle', target: 'instance'
                echo "status=${deployment.status} validate=${deployment.events.ValidateService}"
                """);
        WorkflowRun b = job.build(Result.SUCCESS);
        for (String event : new String[] {"ApplicationStop", "DownloadBundle", "BeforeInstall", "Install",
            "AfterInstall", "ApplicationStart", "ValidateService"}) {
            j.assertLogContains("[codestages] " + event + ": started", b);
        }
        j.assertLogContains("validating " + job.job.getName(), b);
        j.assertLogContains("status=Succeeded validate=Succeeded", b);
        assertEquals("7\n", job.workspace().child("instance/opt/app/version.txt").readToString());
    }

    @Test
    void aFailedHookFailsTheStepAndRollsBackToTheLastGoodRevision(JenkinsRule j) throws Exception {
        AgentJob job = withBundle(j, Specs.VALIDATE_OK).onAgent("deployAppspec bundle: 'bundle'");
        job.build(Result.SUCCESS);

        job.file("bundle/app/version.txt", "8\n").script("bundle/scripts/validate.sh", Specs.VALIDATE_FAILING);
        WorkflowRun b = job.build(Result.FAILURE);
        j.assertLogContains("validation failed", b);
        j.assertLogContains("ScriptFailed: Script at specified location: scripts/validate.sh failed with exit code 4", b);
        j.assertLogContains("[codestages] Rollback: redeploying the last good revision", b);
        j.assertLogContains("; rollback deployment ", b);
    }

    @Test
    void pathsOutsideTheWorkspaceAreRefused(JenkinsRule j) throws Exception {
        AgentJob job = withBundle(j, Specs.VALIDATE_OK).onAgent("deployAppspec bundle: 'bundle', target: '../elsewhere'");
        WorkflowRun b = job.build(Result.FAILURE);
        j.assertLogContains("deployAppspec: '../elsewhere' climbs out with '..'", b);

        job.onAgent("deployAppspec bundle: '/etc'");
        b = job.build(Result.FAILURE);
        j.assertLogContains("deployAppspec: '/etc' is absolute", b);
    }
}
