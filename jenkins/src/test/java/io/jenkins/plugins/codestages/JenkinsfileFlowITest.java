package io.jenkins.plugins.codestages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import hudson.model.Result;
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
 * Tests the flow of the project's own Jenkinsfile in a declarative Pipeline on an agent: Lint, Build,
 * manual approval with Jenkins' {@code input} step, Deploy of the bundle the build packed.
 */
@WithJenkins
class JenkinsfileFlowITest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static final String JENKINSFILE = """
            pipeline {
                agent { label '%s' }
                stages {
                    stage('Lint') {
                        steps {
                            lintSpecs files: 'buildspec.yml,appspec.yml', failOn: 'error', sarif: 'codestages.sarif'
                            pipelineDiagram()
                        }
                    }
                    stage('Build') {
                        steps {
                            runBuildspec buildspec: 'buildspec.yml'
                        }
                    }
                    stage('Approve') {
                        steps {
                            input id: 'Deploy', message: 'Deploy the build?', ok: 'Deploy'
                        }
                    }
                    stage('Deploy') {
                        steps {
                            deployAppspec bundle: 'BuildOutput.zip', target: 'instance', rollback: true
                        }
                    }
                }
            }
            """.formatted(AgentJob.LABEL);

    private static AgentJob project(JenkinsRule j) throws Exception {
        return AgentJob.create(j).file("buildspec.yml", Specs.BUILDSPEC_PACKING_A_BUNDLE)
                .file("appspec.yml", Specs.APPSPEC).script("scripts/validate.sh", Specs.VALIDATE_OK)
                .file("app/version.txt", "0\n").pipeline(JENKINSFILE);
    }

    private static InputStepExecution waitForApproval(JenkinsRule j, WorkflowRun b) throws Exception {
        j.waitForMessage("Deploy the build?", b);
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
    }
}
