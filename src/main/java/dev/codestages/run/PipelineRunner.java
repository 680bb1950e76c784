package dev.codestages.run;

import dev.codestages.buildspec.ArtifactSelection;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plays a pipeline execution on one machine: stages in order, actions by run order, artifacts
 * passed as zips through a local artifact store (the S3 bucket of a real pipeline). CodeCommit
 * exports the committed source, CodeBuild runs the buildspec found in its input, Manual waits for a
 * decision, CodeDeploy deploys its input into the instance folder. A failed action fails its stage
 * and ends the execution; a rejection ends it as Rejected. Providers that need AWS are skipped and
 * say so.
 */
public final class PipelineRunner {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final RunOptions options;
    private final RunListener listener;

    public PipelineRunner(RunOptions options, RunListener listener) {
        this.options = options;
        this.listener = listener;
    }

    public ExecutionResult run(PipelinePlan plan) throws IOException, InterruptedException {
        String executionId = STAMP.format(LocalDateTime.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path executionDir = options.store().resolve("executions").resolve(executionId);
        Path artifactDir = options.store().resolve("artifacts").resolve(executionId);
        Files.createDirectories(executionDir);
        Context context = new Context(executionId, executionDir, artifactDir);
        List<ExecutionResult.StageRun> stages = new ArrayList<>();
        ExecutionResult.Status status = ExecutionResult.Status.SUCCEEDED;
        for (PipelinePlan.StagePlan stage : plan.stages()) {
            if (status != ExecutionResult.Status.SUCCEEDED) {
                break;
            }
            listener.started(stage.name());
            long start = System.nanoTime();
            List<ExecutionResult.ActionRun> actions = new ArrayList<>();
            ExecutionResult.Status stageStatus = ExecutionResult.Status.SUCCEEDED;
            List<PipelinePlan.ActionPlan> ordered = new ArrayList<>(stage.actions());
            ordered.sort(Comparator.comparingInt(PipelinePlan.ActionPlan::runOrder));
            for (PipelinePlan.ActionPlan action : ordered) {
                if (stageStatus != ExecutionResult.Status.SUCCEEDED) {
                    actions.add(new ExecutionResult.ActionRun(action.name(), action.provider(),
                            ExecutionResult.Status.SKIPPED, 0, null));
                    continue;
                }
                String step = stage.name() + "/" + action.name();
                listener.started(step);
                long actionStart = System.nanoTime();
                ActionOutcome outcome;
                try {
                    outcome = execute(plan, action, context, step);
                } catch (IOException e) {
                    outcome = new ActionOutcome(ExecutionResult.Status.FAILED, e.getMessage());
                }
                long durationMs = (System.nanoTime() - actionStart) / 1_000_000;
                if (outcome.message() != null && outcome.status() != ExecutionResult.Status.SUCCEEDED) {
                    listener.note(step, outcome.message());
                }
                listener.finished(step, stepStatus(outcome.status()), durationMs);
                actions.add(new ExecutionResult.ActionRun(action.name(), action.provider(), outcome.status(), durationMs,
                        outcome.message()));
                if (outcome.status() != ExecutionResult.Status.SUCCEEDED
                        && outcome.status() != ExecutionResult.Status.SKIPPED) {
                    stageStatus = outcome.status();
                }
            }
            listener.finished(stage.name(), stepStatus(stageStatus), (System.nanoTime() - start) / 1_000_000);
            stages.add(new ExecutionResult.StageRun(stage.name(), stageStatus, actions));
            status = stageStatus;
        }
        return new ExecutionResult(status, executionId, stages, context.deployment);
    }

    private static StepStatus stepStatus(ExecutionResult.Status status) {
        return status == ExecutionResult.Status.SUCCEEDED ? StepStatus.SUCCEEDED
                : status == ExecutionResult.Status.SKIPPED ? StepStatus.SKIPPED
                : status == ExecutionResult.Status.STOPPED ? StepStatus.STOPPED : StepStatus.FAILED;
    }

    /** How one action ended: Succeeded, Failed, Rejected, Skipped or Stopped, with a message. */
    record ActionOutcome(ExecutionResult.Status status, String message) {
        static ActionOutcome succeeded() {
            return new ActionOutcome(ExecutionResult.Status.SUCCEEDED, null);
        }
    }

    /** What one execution carries from action to action. */
    private static final class Context {
        final String executionId;
        final Path executionDir;
        final Path artifactDir;
        final Map<String, Path> artifacts = new HashMap<>();
        /** Source outputs also kept as exported trees: a zip cannot hold symbolic links. */
        final Map<String, Path> trees = new HashMap<>();
        final Map<String, String> variables = new HashMap<>();
        String sourceVersion = "";
        DeploymentResult deployment;

        Context(String executionId, Path executionDir, Path artifactDir) {
            this.executionId = executionId;
            this.executionDir = executionDir;
            this.artifactDir = artifactDir;
        }
    }

    private ActionOutcome execute(PipelinePlan plan, PipelinePlan.ActionPlan action, Context context, String step)
            throws IOException, InterruptedException {
        for (String input : action.inputArtifacts()) {
            if (!context.artifacts.containsKey(input)) {
                return new ActionOutcome(ExecutionResult.Status.FAILED, "input artifact '" + input
                        + "' was not produced by an earlier action");
            }
        }
        switch (action.provider()) {
            case "CodeCommit":
                return source(action, context, step);
            case "CodeBuild":
                return build(plan, action, context, step);
            case "Manual":
                return approve(action, step);
            case "CodeDeploy":
                return deploy(action, context, step);
            default:
                return new ActionOutcome(ExecutionResult.Status.SKIPPED, "provider " + action.provider() + " needs AWS; not run locally");
        }
    }

    private ActionOutcome source(PipelinePlan.ActionPlan action, Context context, String step)
            throws IOException, InterruptedException {
        Path workspace = context.executionDir.resolve("source-" + safe(action.name()));
        SourceCheckout.Source source = SourceCheckout.export(options.repository(), options.revision(), workspace);
        listener.note(step, "revision " + source.commitId() + (source.branch() == null ? "" : " (" + source.branch() + ")"));
        context.sourceVersion = source.commitId();
        context.variables.put("CommitId", source.commitId());
        if (!action.outputArtifacts().isEmpty()) {
            String name = action.outputArtifacts().get(0);
            Path zip = ArtifactZipPath.of(context.artifactDir, name);
            ZipArchives.pack(ArtifactSelection.everything(workspace), zip);
            context.artifacts.put(name, zip);
            context.trees.put(name, workspace);
        }
        return ActionOutcome.succeeded();
    }

    private ActionOutcome build(PipelinePlan plan, PipelinePlan.ActionPlan action, Context context, String step)
            throws IOException, InterruptedException {
        if (action.inputArtifacts().isEmpty()) {
            return new ActionOutcome(ExecutionResult.Status.FAILED, "a CodeBuild action needs an input artifact");
        }
        Path work = context.executionDir.resolve("build-" + safe(action.name()));
        Path sourceDir = work.resolve("src");
        String input = action.inputArtifacts().get(0);
        if (context.trees.containsKey(input)) {
            // the committed tree as git exported it, symbolic links and modes included
            Trees.copy(context.trees.get(input), sourceDir);
        } else {
            ZipArchives.unpack(context.artifacts.get(input), sourceDir);
        }
        String buildspecPath = action.configuration().getOrDefault("BuildspecPath", "buildspec.yml");
        Path buildspecFile = sourceDir.resolve(buildspecPath).normalize();
        if (!buildspecFile.startsWith(sourceDir) || !Files.isRegularFile(buildspecFile)) {
            return new ActionOutcome(ExecutionResult.Status.FAILED, "YAML_FILE_ERROR: stat " + buildspecPath
                    + ": no such file or directory");
        }
        LoadedYaml yaml = new YamlLoader().load(buildspecFile);
        if (yaml.rootMapping() == null) {
            return new ActionOutcome(ExecutionResult.Status.FAILED, "YAML_FILE_ERROR: " + buildspecPath
                    + " cannot be read (run 'codestages lint' on it)");
        }
        String project = action.configuration().getOrDefault("ProjectName", plan.name() + "-build");
        BuildSettings settings = new BuildSettings(project, nextBuildNumber(project), UUID.randomUUID().toString(),
                context.sourceVersion, "codepipeline/" + plan.name(), options.secrets(), Map.of());
        String primary = action.outputArtifacts().isEmpty() ? null : action.outputArtifacts().get(0);
        BuildResult result = new BuildRunner(prefixed(step)).run(new Buildspec(yaml.rootMapping()), sourceDir,
                work.resolve("runner"), settings, context.artifactDir.resolve("build-" + safe(action.name())),
                primary == null ? "BuildOutput" : primary);
        for (Path zip : result.artifacts()) {
            String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
            context.artifacts.put(name, zip);
        }
        result.exportedVariables().forEach(context.variables::put);
        return result.succeeded() ? ActionOutcome.succeeded() : new ActionOutcome(result.stopped()
                ? ExecutionResult.Status.STOPPED : ExecutionResult.Status.FAILED, result.failure());
    }

    private ActionOutcome approve(PipelinePlan.ActionPlan action, String step) {
        String stage = step.substring(0, step.indexOf('/'));
        Approval.Decision decision = options.approval().decide(stage, action.name(),
                action.configuration().get("CustomData"));
        switch (decision) {
            case APPROVED:
                return ActionOutcome.succeeded();
            case REJECTED:
                return new ActionOutcome(ExecutionResult.Status.REJECTED, "rejected");
            default:
                return new ActionOutcome(ExecutionResult.Status.STOPPED, "waiting for approval: run again with --approve or"
                        + " --reject, or on a terminal to answer the prompt");
        }
    }

    private ActionOutcome deploy(PipelinePlan.ActionPlan action, Context context, String step)
            throws IOException, InterruptedException {
        if (action.inputArtifacts().isEmpty()) {
            return new ActionOutcome(ExecutionResult.Status.FAILED, "a CodeDeploy action needs an input artifact");
        }
        String application = action.configuration().getOrDefault("ApplicationName", "local-app");
        String group = action.configuration().getOrDefault("DeploymentGroupName", "LocalFleet");
        DeploySettings settings = new DeploySettings(application, group, "dg-" + safe(group), options.rollback());
        DeploymentResult result = new DeployAgent(prefixed(step)).deploy(context.artifacts.get(action.inputArtifacts().get(0)),
                options.target(), settings);
        context.deployment = result;
        return result.succeeded() ? ActionOutcome.succeeded()
                : new ActionOutcome(result.status() == StepStatus.STOPPED ? ExecutionResult.Status.STOPPED
                        : ExecutionResult.Status.FAILED, result.failure()
                        + (result.rolledBack() ? " (rolled back to the last good revision)" : ""));
    }

    /** CodeBuild numbers the builds of a project one after another, across executions. */
    private long nextBuildNumber(String project) throws IOException {
        Path counter = options.store().resolve("build-numbers").resolve(safe(project));
        Files.createDirectories(counter.getParent());
        long next = 1;
        if (Files.isRegularFile(counter)) {
            try {
                next = Long.parseLong(Files.readString(counter).strip()) + 1;
            } catch (NumberFormatException e) {
                next = 1;
            }
        }
        Files.writeString(counter, Long.toString(next));
        return next;
    }

    /** Build output lines under the action's name, as the live view shows them. */
    private RunListener prefixed(String step) {
        return new RunListener() {
            @Override
            public void started(String phase) {
                listener.started(step + "/" + phase);
            }

            @Override
            public void output(String phase, String line) {
                listener.output(step + "/" + phase, line);
            }

            @Override
            public void note(String phase, String message) {
                listener.note(step + "/" + phase, message);
            }

            @Override
            public void finished(String phase, StepStatus status, long durationMs) {
                listener.finished(step + "/" + phase, status, durationMs);
            }
        };
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
