package io.jenkins.plugins.codestages;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.FilePath;
import hudson.model.Result;
import hudson.model.TaskListener;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Tests {@link LintSpecsStep} in Pipeline jobs on an agent. */
@WithJenkins
class LintSpecsStepITest {

    @RegisterExtension
    static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @Test
    void errorsFailTheBuildArePrintedAndStillWrittenToSarif(JenkinsRule j) throws Exception {
        AgentJob job = AgentJob.create(j).file("buildspec.yml", Specs.BUILDSPEC_WITH_ERROR)
                .onAgent("lintSpecs files: 'buildspec.yml', sarif: 'reports/codestages.sarif'");
        WorkflowRun b = job.build(Result.FAILURE);
        j.assertLogContains("buildspec.yml:3:3: error [BS006] unknown phase 'prebuild'", b);
        j.assertLogContains("hint: did you mean 'pre_build'?", b);
        j.assertLogContains("lintSpecs: 1 file checked: 1 error", b);
        j.assertLogContains("findings at or above failOn 'error'", b);
        FilePath sarif = job.workspace().child("reports/codestages.sarif");
        assertTrue(sarif.exists());
        assertThat(sarif.readToString(), containsString("BS006"));
    }

    @Test
    void warningsOnlyMarkTheStageUnstableAndTheSummaryIsReturned(JenkinsRule j) throws Exception {
        AgentJob job = AgentJob.create(j).file("ci/buildspec.yml", Specs.BUILDSPEC_WITH_WARNING).onAgent("""
                stage('Lint') {
                  def result = lintSpecs files: 'ci'
                  echo "summary errors=${result.errors} warnings=${result.warnings} infos=${result.infos} files=${result.files}"
                }
                """);
        WorkflowRun b = job.build(Result.UNSTABLE);
        j.assertLogContains("ci/buildspec.yml:4:5: warning [BS007] unknown key 'comands' in 'phases.build'", b);
        j.assertLogContains("summary errors=0 warnings=1 infos=0 files=1", b);
        List<FlowNode> warned = new DepthFirstScanner().filteredNodes(b.getExecution(),
                node -> node.getPersistentAction(WarningAction.class) != null);
        assertThat(warned, hasSize(1));
        WarningAction warning = warned.get(0).getPersistentAction(WarningAction.class);
        assertEquals(Result.UNSTABLE, warning.getResult());
        assertThat(warning.getMessage(), containsString("below failOn 'error'"));
        assertEquals("lintSpecs", warned.get(0).getDisplayFunctionName());
    }

    @Test
    void failOnWarningFailsOnAWarningAndNeverOnlyMarksUnstable(JenkinsRule j) throws Exception {
        AgentJob job = AgentJob.create(j).file("buildspec.yml", Specs.BUILDSPEC_WITH_ERROR)
                .onAgent("lintSpecs failOn: 'never', sarif: ''");
        WorkflowRun b = job.build(Result.UNSTABLE);
        j.assertLogContains("below failOn 'never', so the build is unstable", b);
        assertFalse(job.workspace().child("codestages.sarif").exists());

        job.file("buildspec.yml", Specs.BUILDSPEC_WITH_WARNING).onAgent("lintSpecs failOn: 'warning'");
        b = job.build(Result.FAILURE);
        j.assertLogContains("findings at or above failOn 'warning'", b);
        assertTrue(job.workspace().child("codestages.sarif").exists());
    }

    @Test
    void aCleanWorkspacePassesWithTheDefaults(JenkinsRule j) throws Exception {
        AgentJob job = AgentJob.create(j)
                .file("buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n")
                .file("node_modules/dep/buildspec.yml", Specs.BUILDSPEC_WITH_ERROR)
                .onAgent("def r = lintSpecs()\necho \"errors=${r.errors} files=${r.files}\"");
        WorkflowRun b = job.build(Result.SUCCESS);
        j.assertLogContains("errors=0 files=1", b);
    }

    @Test
    void pathsOutsideTheWorkspaceAreRefusedAndNothingOfThemIsPrinted(JenkinsRule j) throws Exception {
        File secret = new File(j.jenkins.getRootDir(), "secret-buildspec.yml");
        Files.writeString(secret.toPath(), "version: 0.2\nTOP-SECRET: value\n", StandardCharsets.UTF_8);
        AgentJob job = AgentJob.create(j);
        job.workspace().mkdirs();
        job.workspace().child("buildspec.yml").symlinkTo(secret.getAbsolutePath(), TaskListener.NULL);

        job.onAgent("lintSpecs files: 'buildspec.yml'");
        WorkflowRun b = job.build(Result.FAILURE);
        j.assertLogContains("'buildspec.yml' leads outside the workspace through a symbolic link", b);
        j.assertLogNotContains("TOP-SECRET", b);

        job.onAgent("lintSpecs files: '../../secret-buildspec.yml'");
        b = job.build(Result.FAILURE);
        j.assertLogContains("climbs out with '..'", b);

        job.onAgent("lintSpecs files: '" + secret.getAbsolutePath() + "'");
        b = job.build(Result.FAILURE);
        j.assertLogContains("is absolute; name a path relative to the workspace", b);
        j.assertLogNotContains("TOP-SECRET", b);
    }

    @Test
    void anUnknownFailOnIsRefusedBeforeLinting(JenkinsRule j) throws Exception {
        WorkflowRun b = AgentJob.create(j).onAgent("lintSpecs failOn: 'fatal'").build(Result.FAILURE);
        j.assertLogContains("lintSpecs: failOn must be error, warning, info or never, not 'fatal'", b);
    }

    @Test
    void needsAWorkspace(JenkinsRule j) throws Exception {
        WorkflowRun b = AgentJob.create(j).pipeline("lintSpecs()").build(Result.FAILURE);
        j.assertLogContains("Required context class hudson.FilePath is missing", b);
    }
}
