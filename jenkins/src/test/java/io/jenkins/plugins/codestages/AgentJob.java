package io.jenkins.plugins.codestages;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import hudson.FilePath;
import hudson.Functions;
import hudson.model.Label;
import hudson.model.Result;
import hudson.slaves.DumbSlave;
import java.nio.charset.StandardCharsets;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * A Pipeline job that runs on a real agent (so every step goes through remoting), with files put into
 * its agent workspace before the build.
 */
final class AgentJob {

    static final String LABEL = "codestages-agent";

    final JenkinsRule j;
    final DumbSlave agent;
    final WorkflowJob job;

    private AgentJob(JenkinsRule j, DumbSlave agent, WorkflowJob job) {
        this.j = j;
        this.agent = agent;
        this.job = job;
    }

    /**
     * A job on a Unix agent. The steps run shell commands there, so on Windows the test is skipped;
     * {@link WindowsAgentITest} checks what happens on a Windows agent instead.
     */
    static AgentJob create(JenkinsRule j) throws Exception {
        assumeFalse(Functions.isWindows(), "the codestages steps need a Unix agent (WindowsAgentITest covers Windows)");
        return createOnThisPlatform(j);
    }

    /** A job on an agent of whatever platform the test runs on. */
    static AgentJob createOnThisPlatform(JenkinsRule j) throws Exception {
        DumbSlave agent = j.createOnlineSlave(Label.get(LABEL));
        return new AgentJob(j, agent, j.createProject(WorkflowJob.class));
    }

    FilePath workspace() {
        return agent.getWorkspaceFor(job);
    }

    AgentJob file(String path, String content) throws Exception {
        workspace().child(path).write(content, StandardCharsets.UTF_8.name());
        return this;
    }

    AgentJob script(String path, String content) throws Exception {
        file(path, content);
        workspace().child(path).chmod(0755);
        return this;
    }

    /** A scripted Pipeline whose body runs in {@code node} on the agent, in the sandbox. */
    AgentJob onAgent(String steps) {
        job.setDefinition(new CpsFlowDefinition("node('" + LABEL + "') {\n" + steps + "\n}\n", true));
        return this;
    }

    /** A whole Pipeline, in the sandbox. */
    AgentJob pipeline(String script) {
        job.setDefinition(new CpsFlowDefinition(script, true));
        return this;
    }

    WorkflowRun build(Result expected) throws Exception {
        return j.buildAndAssertStatus(expected, job);
    }
}
