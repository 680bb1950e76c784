package io.jenkins.plugins.codestages;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import hudson.Functions;
import hudson.model.Result;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Tests that the steps which run commands refuse a Windows agent at once, with a message that says why,
 * instead of failing somewhere in the library on a missing {@code bash}, {@code setsid} or {@code /dev/null}.
 * Runs only where the agent is Windows (the Windows job of .github/workflows/jenkins-plugin.yml).
 */
@WithJenkins
class WindowsAgentITest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String REFUSAL = "needs a Linux or macOS agent; this agent is not Unix"
            + " (Windows agents are not supported)";

    @Test
    void runBuildspecAndDeployAppspecRefuseAWindowsAgent(JenkinsRule j) throws Exception {
        assumeTrue(Functions.isWindows(), "the agent of this JenkinsRule is not Windows");
        AgentJob job = AgentJob.createOnThisPlatform(j).file("buildspec.yml", Specs.BUILDSPEC_FAILING)
                .onAgent("runBuildspec()");
        WorkflowRun b = job.build(Result.FAILURE);
        j.assertLogContains("runBuildspec runs commands with bash, setsid and kill and " + REFUSAL, b);
        j.assertLogNotContains("compiling", b);

        job.onAgent("deployAppspec bundle: 'bundle'");
        b = job.build(Result.FAILURE);
        j.assertLogContains("deployAppspec runs commands with bash, setsid and kill and " + REFUSAL, b);
    }
}
