package io.jenkins.plugins.codestages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.util.FormValidation;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Tests the steps' data binding: each survives the Snippet Generator's form (config.jelly) and becomes
 * the Groovy a user would write, which parses back to the same step.
 */
@WithJenkins
class StepConfigITest {

    private static void roundTrip(JenkinsRule j, Step step, String snippet) throws Exception {
        j.assertEqualDataBoundBeans(step, new StepConfigTester(j).configRoundTrip(step));
        new SnippetizerTester(j).assertRoundTrip(step, snippet);
    }

    @Test
    void lintSpecs(JenkinsRule j) throws Exception {
        roundTrip(j, new LintSpecsStep(), "lintSpecs()");
        LintSpecsStep step = new LintSpecsStep();
        step.setFiles("buildspec.yml,appspec.yml");
        step.setFailOn("warning");
        step.setSarif("");
        roundTrip(j, step, "lintSpecs failOn: 'warning', files: 'buildspec.yml,appspec.yml', sarif: ''");
    }

    @Test
    void runBuildspec(JenkinsRule j) throws Exception {
        roundTrip(j, new RunBuildspecStep(), "runBuildspec()");
        RunBuildspecStep step = new RunBuildspecStep();
        step.setBuildspec("ci/buildspec-release.yml");
        roundTrip(j, step, "runBuildspec buildspec: 'ci/buildspec-release.yml'");
    }

    @Test
    void deployAppspec(JenkinsRule j) throws Exception {
        roundTrip(j, new DeployAppspecStep(), "deployAppspec()");
        DeployAppspecStep step = new DeployAppspecStep();
        step.setBundle("dist");
        step.setTarget("servers/web");
        step.setRollback(false);
        roundTrip(j, step, "deployAppspec bundle: 'dist', rollback: false, target: 'servers/web'");
    }

    @Test
    void pipelineDiagram(JenkinsRule j) throws Exception {
        roundTrip(j, new PipelineDiagramStep(), "pipelineDiagram()");
        PipelineDiagramStep step = new PipelineDiagramStep();
        step.setPipeline("infra/pipeline.yml");
        step.setReport(".codestages/run.json");
        roundTrip(j, step, "pipelineDiagram pipeline: 'infra/pipeline.yml', report: '.codestages/run.json'");
    }

    @Test
    void nullArgumentsMeanTheDefaults(JenkinsRule j) throws Exception {
        LintSpecsStep lint = new LintSpecsStep();
        lint.setFiles(null);
        lint.setFailOn(null);
        lint.setSarif(null);
        roundTrip(j, lint, "lintSpecs()");
        RunBuildspecStep build = new RunBuildspecStep();
        build.setBuildspec(null);
        roundTrip(j, build, "runBuildspec()");
        DeployAppspecStep deploy = new DeployAppspecStep();
        deploy.setBundle(null);
        deploy.setTarget(null);
        roundTrip(j, deploy, "deployAppspec()");
    }

    @Test
    void failOnIsAChoiceOfTheLibrarysValuesAndItsCheckSaysWhatIsAllowed(JenkinsRule j) {
        LintSpecsStep.DescriptorImpl descriptor = j.jenkins.getDescriptorByType(LintSpecsStep.DescriptorImpl.class);
        assertEquals(List.of("error", "warning", "info", "never"),
                descriptor.doFillFailOnItems().stream().map(option -> option.value).toList());
        assertEquals(FormValidation.Kind.OK, descriptor.doCheckFailOn("warning").kind);
        FormValidation fatal = descriptor.doCheckFailOn("fatal");
        assertEquals(FormValidation.Kind.ERROR, fatal.kind);
        assertEquals("failOn must be error, warning, info or never, not &#039;fatal&#039;", fatal.getMessage());
    }
}
