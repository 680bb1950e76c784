package io.jenkins.plugins.codestages;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Item;
import hudson.model.Result;
import jenkins.model.Jenkins;
import org.htmlunit.CollectingAlertHandler;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Tests {@link PipelineDiagramStep} and {@link PipelineDiagramAction}: the action, its pages and its SVG,
 * with a stage named like an XSS probe. The SVG checks need the library's diagram wired into
 * {@link DiagramSource}.
 */
@WithJenkins
class PipelineDiagramStepITest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    private static WorkflowRun drawHostilePipeline(JenkinsRule j) throws Exception {
        return AgentJob.create(j).file("pipeline.json", Specs.HOSTILE_PIPELINE)
                .file("buildspec.yml", Specs.BUILDSPEC_WITH_WARNING)
                .onAgent("pipelineDiagram pipeline: 'pipeline.json'").build(Result.SUCCESS);
    }

    @Test
    void addsTheActionWithTheFindingsOfTheFileDrawn(JenkinsRule j) throws Exception {
        WorkflowRun b = drawHostilePipeline(j);
        PipelineDiagramAction action = b.getAction(PipelineDiagramAction.class);
        assertNotNull(action);
        assertEquals("pipeline.json", action.getPipeline());
        assertEquals(b, action.getRun());
        j.assertLogContains("pipelineDiagram: drew pipeline.json", b);
    }

    @Test
    void theRunPageAndTheDiagramPageShowNamesAsTextAndRunNoScript(JenkinsRule j) throws Exception {
        WorkflowRun b = drawHostilePipeline(j);
        JenkinsRule.WebClient wc = j.createWebClient();
        CollectingAlertHandler alerts = new CollectingAlertHandler();
        wc.setAlertHandler(alerts);

        HtmlPage runPage = wc.getPage(b);
        assertThat(runPage.asNormalizedText(), containsString("Pipeline diagram"));
        assertNotNull(runPage.getAnchorByHref("codestages/"));

        HtmlPage page = wc.getPage(b, "codestages/");
        assertTrue(page.querySelectorAll("img[src='x']").isEmpty(), "a stage name became an element");
        String text = page.asNormalizedText();
        assertThat(text, containsString("pipeline.json"));
        if (text.contains("onerror")) {
            assertThat(text, containsString(Specs.HOSTILE_NAME));
        }
        assertTrue(alerts.getCollectedAlerts().isEmpty(), "a script ran: " + alerts.getCollectedAlerts());
    }

    @Test
    void theSvgIsServedAsAnImageWithAPolicyThatForbidsScripts(JenkinsRule j) throws Exception {
        WorkflowRun b = drawHostilePipeline(j);
        assertTrue(b.getAction(PipelineDiagramAction.class).isDiagram(), "DiagramSource drew nothing");
        HtmlPage page = j.createWebClient().getPage(b, "codestages/");
        assertNotNull(page.querySelector("img[src$='/codestages/svg']"));
        Page svg = j.createWebClient().goTo(b.getUrl() + "codestages/svg", "image/svg+xml");
        assertThat(svg.getWebResponse().getResponseHeaderValue("Content-Security-Policy"),
                containsString("default-src 'none'"));
        assertEquals("nosniff", svg.getWebResponse().getResponseHeaderValue("X-Content-Type-Options"));
        String content = svg.getWebResponse().getContentAsString();
        assertThat(content, containsString("&lt;img src=x onerror=alert(1)&gt;"));
        assertThat(content, not(containsString(Specs.HOSTILE_NAME)));
        assertThat(content, not(containsString("<script")));
    }

    @Test
    void theSvgNeedsReadPermissionOnTheJob(JenkinsRule j) throws Exception {
        WorkflowRun b = drawHostilePipeline(j);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to("admin")
                .grant(Jenkins.READ).everywhere().to("reader")
                .grant(Item.READ).everywhere().to("viewer").grant(Jenkins.READ).everywhere().to("viewer"));
        j.createWebClient().login("reader").assertFails(b.getUrl() + "codestages/svg", 404);
        j.createWebClient().login("viewer").goTo(b.getUrl() + "codestages/", null);
    }

    @Test
    void theImplicitPipelineOfABareWorkspaceGetsAnActionWithoutFindings(JenkinsRule j) throws Exception {
        WorkflowRun b = AgentJob.create(j).file("README.md", "nothing to lint\n")
                .onAgent("pipelineDiagram()").build(Result.SUCCESS);
        PipelineDiagramAction action = b.getAction(PipelineDiagramAction.class);
        assertEquals("the workspace's implicit pipeline", action.getPipeline());
        assertEquals(0, action.getErrors() + action.getWarnings() + action.getInfos());
    }

    @Test
    void aPipelineFileOutsideTheWorkspaceIsRefused(JenkinsRule j) throws Exception {
        WorkflowRun b = AgentJob.create(j).onAgent("pipelineDiagram pipeline: '../pipeline.json'")
                .build(Result.FAILURE);
        j.assertLogContains("pipelineDiagram: '../pipeline.json' climbs out with '..'", b);
    }
}
