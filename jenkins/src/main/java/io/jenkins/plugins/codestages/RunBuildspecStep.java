package io.jenkins.plugins.codestages;

import dev.codestages.ci.WorkspaceBuild;
import dev.codestages.run.BuildResult;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import hudson.slaves.WorkspaceList;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jenkins.agents.ControllerToAgentFileCallable;
import jenkins.util.BuildListenerAdapter;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code runBuildspec(buildspec: 'buildspec.yml')}: runs the buildspec's phases on the agent in the
 * workspace the way CodeBuild would, with CODEBUILD_* variables from this Jenkins build, streams the
 * log, archives the artifact zips with the build, fails the stage when the build fails, and returns
 * {@code [buildId:, artifacts:, exportedVariables:]}.
 */
public class RunBuildspecStep extends Step {

    static final String DEFAULT_BUILDSPEC = "buildspec.yml";

    private String buildspec = DEFAULT_BUILDSPEC;

    @DataBoundConstructor
    public RunBuildspecStep() {
    }

    public String getBuildspec() {
        return buildspec;
    }

    /** The buildspec, relative to the workspace; null for the default. */
    @DataBoundSetter
    public void setBuildspec(String buildspec) {
        this.buildspec = Objects.requireNonNullElse(buildspec, DEFAULT_BUILDSPEC);
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        return new Execution(context, buildspec);
    }

    private static final class Execution extends CodestagesExecution<Map<String, Object>> {

        private static final long serialVersionUID = 1L;

        private final String buildspec;

        Execution(StepContext context, String buildspec) {
            super(context, DescriptorImpl.FUNCTION);
            this.buildspec = buildspec;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            requireUnixAgent();
            FilePath workspace = workspace();
            FilePath temp = WorkspaceList.tempDir(workspace);
            if (temp == null) {
                throw abort("the workspace " + workspace.getRemote() + " has no parent folder for temporary files");
            }
            TaskListener listener = listener();
            StepOutcome outcome = workspace.act(new BuildCallable(buildspec, temp.getRemote(), environment(), listener));
            if (!outcome.artifacts.isEmpty()) {
                Map<String, String> files = new LinkedHashMap<>();
                outcome.artifacts.forEach(file -> files.put(file, file));
                currentBuild().pickArtifactManager().archive(workspace, getContext().get(Launcher.class),
                        BuildListenerAdapter.wrap(listener), files);
                listener.getLogger().println(DescriptorImpl.FUNCTION + ": archived " + String.join(", ",
                        outcome.artifacts));
            }
            if (outcome.status == StepOutcome.Status.FAILED) {
                throw abort(outcome.message);
            }
            return outcome.summary;
        }
    }

    /**
     * Runs on the agent. The log is the build's {@link TaskListener}'s stream (which remoting carries over),
     * so nothing from the library is sent across. On an agent that stream is delay-buffered; the library
     * flushes it before it returns or throws (on success, failure and abort alike), so the failing
     * command's last lines are in the log when the step ends. An abort interrupts this thread: the
     * library then stops the running command's whole process tree before the step ends.
     */
    private static final class BuildCallable implements ControllerToAgentFileCallable<StepOutcome> {

        private static final long serialVersionUID = 1L;

        private final String buildspec;
        private final String tempDir;
        private final HashMap<String, String> environment;
        private final TaskListener listener;

        BuildCallable(String buildspec, String tempDir, HashMap<String, String> environment, TaskListener listener) {
            this.buildspec = buildspec;
            this.tempDir = tempDir;
            this.environment = environment;
            this.listener = listener;
        }

        @Override
        public StepOutcome invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
            Path root = workspace.toPath();
            BuildResult result;
            try {
                result = WorkspaceBuild.run(root, buildspec, Path.of(tempDir), environment, listener.getLogger());
            } catch (IOException e) {
                return StepOutcome.refused(e.getMessage());
            }
            StepOutcome.Status status = result.succeeded() ? StepOutcome.Status.PASSED : StepOutcome.Status.FAILED;
            return StepOutcome.of(status, result.failure(), List.of(), WorkspaceBuild.summary(result, root),
                    WorkspaceBuild.artifacts(result, root));
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {

        static final String FUNCTION = "runBuildspec";

        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @Override
        public String getDisplayName() {
            return "Run a CodeBuild buildspec's phases in the workspace with codestages";
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return CodestagesExecution.context(FilePath.class, Run.class, TaskListener.class, EnvVars.class,
                    Launcher.class);
        }
    }
}
