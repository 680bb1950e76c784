package dev.codestages.engine;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecFile;
import dev.codestages.run.BuildResult;
import dev.codestages.run.BuildRunner;
import dev.codestages.run.BuildSettings;
import dev.codestages.run.PhaseResult;
import dev.codestages.run.Trees;
import dev.codestages.run.ZipArchives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The CodeBuild action: unpacks the input artifact, runs the buildspec at its root (CodeBuild's default
 * name) with {@link BuildRunner}, the action's {@code EnvironmentVariables} in the build's environment,
 * and makes the buildspec's {@code exported-variables} the action's output variables
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeBuild.html,
 * "Configuration parameters" and "Output variables").
 */
final class BuildPlayer implements ActionPlayer {

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        if (run.inputArtifacts().isEmpty()) {
            return ActionOutcome.failed("ConfigurationError", "a CodeBuild action needs an input artifact");
        }
        Map<String, String> environment;
        try {
            environment = BuildEnvironmentVariables.read(run.configuration().get("EnvironmentVariables"), run.secrets());
        } catch (IOException e) {
            return ActionOutcome.failed("ConfigurationError", "Invalid action configuration: EnvironmentVariables: "
                    + e.getMessage());
        }
        Path sourceDir = run.workDir().resolve("src");
        String input = run.inputArtifacts().get(0);
        Path tree = run.execution().trees().get(input);
        if (tree != null && Files.isDirectory(tree)) {
            // the committed tree as git exported it, symbolic links and modes included
            Trees.copy(tree, sourceDir);
        } else {
            ZipArchives.unpack(run.execution().artifacts().get(input), sourceDir);
        }
        Path buildspecFile = sourceDir.resolve("buildspec.yml");
        if (!Files.isRegularFile(buildspecFile)) {
            return ActionOutcome.failed("YAML_FILE_ERROR: stat buildspec.yml: no such file or directory");
        }
        Buildspec buildspec = BuildspecFile.read(buildspecFile).orElse(null);
        if (buildspec == null) {
            return ActionOutcome.failed("YAML_FILE_ERROR: buildspec.yml cannot be read (run 'codestages lint' on it)");
        }
        String project = run.configuration().getOrDefault("ProjectName", run.execution().pipelineName() + "-build");
        BuildSettings settings = new BuildSettings(project, nextBuildNumber(run.store(), project),
                UUID.randomUUID().toString(), run.execution().sourceVersion(),
                "codepipeline/" + run.execution().pipelineName(), run.secrets(), environment);
        String primary = run.outputArtifacts().isEmpty() ? "BuildOutput" : run.outputArtifacts().get(0);
        BuildResult result = new BuildRunner(run.listener()).run(buildspec, sourceDir,
                run.workDir().resolve("runner"), settings, run.artifactDir().resolve("build-" + ExecutionStore.safe(run.action())),
                primary);
        for (Path zip : result.artifacts()) {
            run.execution().artifact(zip.getFileName().toString().replaceFirst("\\.zip$", ""), zip);
        }
        List<ActionState.Phase> phases = new ArrayList<>();
        for (PhaseResult phase : result.phases()) {
            phases.add(new ActionState.Phase(phase.name(), phase.status().label(), phase.durationMs()));
        }
        Map<String, String> variables = new LinkedHashMap<>(result.exportedVariables());
        return new ActionOutcome(result.succeeded() ? Status.SUCCEEDED : Status.FAILED,
                result.succeeded() ? null : new ActionState.Error("JobFailed", result.failure()), variables, phases, null);
    }

    /** CodeBuild numbers the builds of a project one after another, across executions. */
    private static long nextBuildNumber(Path store, String project) throws IOException {
        Path counter = store.resolve("build-numbers").resolve(ExecutionStore.safe(project));
        Files.createDirectories(counter.getParent());
        // PARALLEL executions in two processes build at once: the file lock keeps their numbers apart
        try (ExecutionStore.Lock lock = ExecutionStore.Lock.take(store.resolve("build-numbers.lock"), true)) {
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
    }
}
