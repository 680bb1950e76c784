package io.jenkins.plugins.codestages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import hudson.model.Result;
import hudson.tasks.junit.TestResultAction;
import io.jenkins.plugins.analysis.core.model.ResultAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.support.steps.input.InputAction;
import org.jenkinsci.plugins.workflow.support.steps.input.InputStepExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Tests the project's own root {@code Jenkinsfile}, read from the repository as it is, in a declarative
 * Pipeline on an agent (the controller gets no executors, so {@code agent any} lands there): Lint with the
 * SARIF report recorded, Build with the test results recorded, manual approval with Jenkins' {@code input}
 * step outside any agent, Deploy of the bundle the build packed and stashed.
 */
@WithJenkins
class JenkinsfileFlowITest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    /** The root Jenkinsfile: this project is {@code jenkins/} of the repository. */
    static String rootJenkinsfile() throws Exception {
        Path jenkinsfile = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../Jenkinsfile")
                .normalize();
        return Files.readString(jenkinsfile, StandardCharsets.UTF_8);
    }

    private static AgentJob project(JenkinsRule j) throws Exception {
        j.jenkins.setNumExecutors(0);
        return AgentJob.create(j).file("buildspec.yml", Specs.BUILDSPEC_WITH_TEST_REPORT)
                .file("appspec.yml", Specs.APPSPEC).script("scripts/validate.sh", Specs.VALIDATE_OK)
                .file("app/version.txt", "0\n").pipeline(rootJenkinsfile());
    }

    private static InputStepExecution waitForApproval(JenkinsRule j, WorkflowRun b) throws Exception {
        j.waitForMessage("Deploy codestages?", b);
        InputAction approval = b.getAction(InputAction.class);
        assertNotNull(approval);
        InputStepExecution execution = approval.getExecution("Deploy");
        assertNotNull(execution);
        return execution;
    }

    @Test
    void anApprovedBuildIsDeployed(JenkinsRule j) throws Exception {
        AgentJob job = project(j);
        WorkflowRun b = job.job.scheduleBuild2(0).waitForStart();
        InputStepExecution execution = waitForApproval(j, b);
        j.assertLogContains("runBuildspec: archived BuildOutput.zip", b);
        j.assertLogNotContains("[codestages] ApplicationStop: started", b);

        HtmlPage approvalPage = j.createWebClient().getPage(b, b.getAction(InputAction.class).getUrlName());
        j.submit(approvalPage.getFormByName(execution.getId()), "proceed");
        j.assertBuildStatusSuccess(j.waitForCompletion(b));
        j.assertLogContains("[codestages] ValidateService: Succeeded", b);
        assertEquals("1\n", job.workspace().child("instance/opt/app/version.txt").readToString());
        assertNotNull(b.getAction(PipelineDiagramAction.class));
        TestResultAction tests = b.getAction(TestResultAction.class);
        assertNotNull(tests);
        assertEquals(1, tests.getTotalCount());
        assertNotNull(b.getAction(ResultAction.class), "the SARIF report is recorded by Warnings NG");
    }

    @Test
    void anAbortedApprovalDeploysNothing(JenkinsRule j) throws Exception {
        AgentJob job = project(j);
        WorkflowRun b = job.job.scheduleBuild2(0).waitForStart();
        InputStepExecution execution = waitForApproval(j, b);

        HtmlPage approvalPage = j.createWebClient().getPage(b, b.getAction(InputAction.class).getUrlName());
        j.submit(approvalPage.getFormByName(execution.getId()), "abort");
        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(b));
        j.assertLogNotContains("[codestages] ApplicationStop: started", b);
        assertEquals(false, job.workspace().child("instance").exists());
    }

    @Test
    void aLintErrorStopsThePipelineBeforeTheBuild(JenkinsRule j) throws Exception {
        AgentJob job = project(j).file("buildspec.yml", Specs.BUILDSPEC_WITH_ERROR);
        WorkflowRun b = job.build(Result.FAILURE);
        j.assertLogContains("error [BS006]", b);
        j.assertLogNotContains("[codestages] build: started", b);
        // recorded in post { always }, though the lint failed the stage
        assertNotNull(b.getAction(ResultAction.class));
    }
}
