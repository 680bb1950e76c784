package io.jenkins.plugins.codestages;

import dev.codestages.ci.LintOutcome;
import dev.codestages.ci.LintVerdict;
import dev.codestages.ci.WorkspaceLint;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jenkins.agents.ControllerToAgentFileCallable;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;

/**
 * {@code lintSpecs(files: '.', failOn: 'error', sarif: 'codestages.sarif')}: lints buildspec, appspec
 * and pipeline files in the workspace on the agent, prints the findings, writes SARIF for Warnings NG,
 * marks the stage unstable for findings below {@code failOn} and fails it at or above, and returns
 * {@code [errors:, warnings:, infos:, files:]}.
 */
public class LintSpecsStep extends Step {

    static final String DEFAULT_FILES = ".";
    static final String DEFAULT_FAIL_ON = "error";
    static final String DEFAULT_SARIF = "codestages.sarif";

    private String files = DEFAULT_FILES;
    private String failOn = DEFAULT_FAIL_ON;
    private String sarif = DEFAULT_SARIF;

    @DataBoundConstructor
    public LintSpecsStep() {
    }

    public String getFiles() {
        return files;
    }

    /** Comma-separated files and folders, relative to the workspace; a folder is searched; null for the default. */
    @DataBoundSetter
    public void setFiles(String files) {
        this.files = Objects.requireNonNullElse(files, DEFAULT_FILES);
    }

    public String getFailOn() {
        return failOn;
    }

    /** {@code error}, {@code warning}, {@code info} or {@code never}; null for the default. */
    @DataBoundSetter
    public void setFailOn(String failOn) {
        this.failOn = Objects.requireNonNullElse(failOn, DEFAULT_FAIL_ON);
    }

    public String getSarif() {
        return sarif;
    }

    /** The SARIF file to write, relative to the workspace; empty for none; null for the default. */
    @DataBoundSetter
    public void setSarif(String sarif) {
        this.sarif = Objects.requireNonNullElse(sarif, DEFAULT_SARIF);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, files, failOn, sarif);
    }

    private static final class Execution extends CodestagesExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final String files;
        private final String failOn;
        private final String sarif;

        Execution(StepContext context, String files, String failOn, String sarif) {
            super(context, DescriptorImpl.FUNCTION);
            this.files = files;
            this.failOn = failOn;
            this.sarif = sarif;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            try {
                LintVerdict.threshold(failOn);
            } catch (IllegalArgumentException e) {
                throw abort(e.getMessage());
            }
            StepOutcome outcome = workspace().act(new LintCallable(files, failOn, sarif));
            PrintStream log = listener().getLogger();
            outcome.log.forEach(log::println);
            switch (outcome.status) {
                case FAILED:
                    throw abort(outcome.message);
                case UNSTABLE:
                    FlowNode node = getContext().get(FlowNode.class);
                    if (node != null) {
                        node.addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(outcome.message));
                    }
                    currentBuild().setResult(Result.UNSTABLE);
                    log.println(DescriptorImpl.FUNCTION + ": " + outcome.message);
                    break;
                default:
                    break;
            }
            return outcome.summary;
        }
    }

    /** Runs on the agent that holds the workspace; returns only JDK types in a plugin class. */
    private static final class LintCallable implements ControllerToAgentFileCallable<StepOutcome> {

        private static final long serialVersionUID = 1L;

        private final String files;
        private final String failOn;
        private final String sarif;

        LintCallable(String files, String failOn, String sarif) {
            this.files = files;
            this.failOn = failOn;
            this.sarif = sarif;
        }

        @Override
        public StepOutcome invoke(File workspace, VirtualChannel channel) throws IOException {
            LintOutcome outcome;
            try {
                outcome = WorkspaceLint.lint(workspace.toPath(), files, LintVerdict.threshold(failOn), sarif);
            } catch (IOException e) {
                return StepOutcome.refused(e.getMessage());
            }
            return StepOutcome.of(StepOutcome.Status.valueOf(outcome.verdict().name()), outcome.message(),
                    outcome.logLines(), outcome.summary(), List.of());
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        static final String FUNCTION = "lintSpecs";

        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @Override
        public String getDisplayName() {
            return "Lint AWS CodeBuild, CodeDeploy and CodePipeline specs with codestages";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return CodestagesExecution.context(FilePath.class, Run.class, TaskListener.class, FlowNode.class);
        }

        /** The Snippet Generator's choices for {@code failOn}, from the library's list. */
        public ListBoxModel doFillFailOnItems() {
            ListBoxModel items = new ListBoxModel();
            for (String value : LintVerdict.FAIL_ON_VALUES) {
                items.add(value, value);
            }
            return items;
        }

        /** Checks a {@code failOn} value as the step will; reads nothing but the value, so needs no permission. */
        public FormValidation doCheckFailOn(@QueryParameter String value) {
            try {
                LintVerdict.threshold(value);
                return FormValidation.ok();
            } catch (IllegalArgumentException e) {
                return FormValidation.error(e.getMessage());
            }
        }
    }
}
