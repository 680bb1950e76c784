package io.jenkins.plugins.codestages;

import dev.codestages.ci.DiagramSizeLimit;
import dev.codestages.ci.WorkspaceLint;
import dev.codestages.ci.WorkspacePaths;
import dev.codestages.lint.Finding;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Severity;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jenkins.agents.ControllerToAgentFileCallable;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code pipelineDiagram(pipeline: '', report: '')}: draws the pipeline (the implicit one of the
 * workspace, or a CodePipeline JSON/YAML or CloudFormation file) on the agent and puts it on the build
 * page with the findings of the files drawn: a summary line on the run page and a page with the SVG.
 */
public class PipelineDiagramStep extends Step {

    private String pipeline = "";
    private String report = "";

    @DataBoundConstructor
    public PipelineDiagramStep() {
    }

    public String getPipeline() {
        return pipeline;
    }

    /** A CodePipeline definition or CloudFormation template in the workspace; empty for the implicit pipeline. */
    @DataBoundSetter
    public void setPipeline(String pipeline) {
        this.pipeline = pipeline == null ? "" : pipeline;
    }

    public String getReport() {
        return report;
    }

    /** A {@code codestages run} JSON report in the workspace whose statuses colour the diagram; empty for none. */
    @DataBoundSetter
    public void setReport(String report) {
        this.report = report == null ? "" : report;
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, pipeline, report);
    }

    private static final class Execution extends CodestagesExecution<Void> {

        private static final long serialVersionUID = 1L;

        private final String pipeline;
        private final String report;

        Execution(StepContext context, String pipeline, String report) {
            super(context, DescriptorImpl.FUNCTION);
            this.pipeline = pipeline;
            this.report = report;
        }

        @Override
        protected Void run() throws Exception {
            DiagramData data = workspace().act(new DiagramCallable(pipeline, report));
            if (data.problem != null) {
                throw abort(data.problem);
            }
            // what the agent sent is untrusted here: bound the SVG written into the build folder and the rows kept
            String svg;
            try {
                svg = DiagramSizeLimit.checked(data.svg);
            } catch (IOException e) {
                throw abort(e.getMessage());
            }
            List<FindingRow> rows = data.findings.size() > DiagramData.MAX_ROWS
                    ? data.findings.subList(0, DiagramData.MAX_ROWS) : data.findings;
            int omitted = data.omitted + data.findings.size() - rows.size();
            Run<?, ?> run = currentBuild();
            if (svg != null) {
                File folder = new File(run.getRootDir(), PipelineDiagramAction.SVG_FOLDER);
                Files.createDirectories(folder.toPath());
                Files.writeString(new File(folder, PipelineDiagramAction.SVG_NAME).toPath(), svg,
                        StandardCharsets.UTF_8);
            }
            String drawn = pipeline.isBlank() ? "the workspace's implicit pipeline" : pipeline;
            run.addOrReplaceAction(new PipelineDiagramAction(drawn, svg != null, rows, omitted,
                    data.errors, data.warnings, data.infos));
            listener().getLogger().println(DescriptorImpl.FUNCTION + ": " + (svg != null ? "drew " : "no diagram of ")
                    + drawn + "; " + data.errors + " errors, " + data.warnings + " warnings, " + data.infos
                    + " infos on the build page");
            return null;
        }
    }

    /** Runs on the agent: the findings of the files drawn and the SVG, as plugin classes of JDK types. */
    private static final class DiagramCallable implements ControllerToAgentFileCallable<DiagramData> {

        private static final long serialVersionUID = 1L;

        private final String pipeline;
        private final String report;

        DiagramCallable(String pipeline, String report) {
            this.pipeline = pipeline;
            this.report = report;
        }

        @Override
        public DiagramData invoke(File workspace, VirtualChannel channel) throws IOException {
            Path root = workspace.toPath();
            try {
                WorkspacePaths paths = new WorkspacePaths(root);
                Path pipelineFile = pipeline.isBlank() ? null : paths.existingFile(pipeline);
                Path runReport = report.isBlank() ? null : paths.existingFile(report);
                LintReport lint = WorkspaceLint.report(root, pipeline.isBlank() ? "." : pipeline);
                String svg = DiagramSource.svg(paths.root(), pipelineFile, runReport);
                List<FindingRow> rows = new ArrayList<>();
                for (Finding finding : lint.findings()) {
                    if (rows.size() == DiagramData.MAX_ROWS) {
                        break;
                    }
                    rows.add(new FindingRow(finding));
                }
                return new DiagramData(null, svg, rows, lint.findings().size() - rows.size(),
                        (int) lint.count(Severity.ERROR), (int) lint.count(Severity.WARNING),
                        (int) lint.count(Severity.INFO));
            } catch (IOException e) {
                return DiagramData.refused(e.getMessage());
            }
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        static final String FUNCTION = "pipelineDiagram";

        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @Override
        public String getDisplayName() {
            return "Draw the AWS pipeline on the build page with codestages";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return CodestagesExecution.context(FilePath.class, Run.class, TaskListener.class);
        }
    }
}
