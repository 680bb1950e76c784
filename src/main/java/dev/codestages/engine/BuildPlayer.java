package dev.codestages.engine;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecFile;
import dev.codestages.pipeline.BuildProject;
import dev.codestages.pipeline.BuildProjectReader;
import dev.codestages.pipeline.ActionTypes;
import dev.codestages.pipeline.Category;
import dev.codestages.pipeline.Owner;
import dev.codestages.pipeline.Status;
import dev.codestages.run.BuildResult;
import dev.codestages.run.BuildRunner;
import dev.codestages.run.BuildSettings;
import dev.codestages.run.PhaseResult;
import dev.codestages.run.SourceCheckout;
import dev.codestages.run.Trees;
import dev.codestages.run.ZipArchives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The CodeBuild action, played as a build of its project
 * (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodeBuild.html). The input
 * artifact named by {@code PrimarySource} (the only one when there is one; required with several) is
 * unpacked into CODEBUILD_SRC_DIR, each other one into its own folder named by
 * {@code CODEBUILD_SRC_DIR_<artifactName>}, as CodeBuild lays out secondary sources
 * (https://docs.aws.amazon.com/codebuild/latest/userguide/sample-multi-in-out.html); a CODEBUILD_CLONE_REF
 * input is cloned there, commit checked out. The ProjectName names an {@code AWS::CodeBuild::Project} of the
 * template the pipeline came from (read by the pipeline model, {@link BuildProjectReader}): its
 * Source.BuildSpec (a path in the primary source or the buildspec's text), its environment variables and
 * its TimeoutInMinutes are used; without one, {@code buildspec.yml} at the primary source's root and
 * CodeBuild's defaults. The action's {@code BuildspecOverride} and {@code EnvironmentVariables} go over
 * the project's. The buildspec's {@code exported-variables} become the action's output variables.
 */
final class BuildPlayer implements ActionPlayer {

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        if (run.inputArtifacts().isEmpty()) {
            return ActionOutcome.failed("ConfigurationError", "a CodeBuild action needs an input artifact");
        }
        Map<String, String> configuration = run.configuration();
        // the keys the linter knows for CodeBuild (one catalogue, ActionTypes); others do nothing, as the
        // linter's warning PL029 says
        List<String> known = ActionTypes.find(Category.BUILD, Owner.AWS, "CodeBuild").orElseThrow().knownKeys();
        for (String key : configuration.keySet()) {
            if (!known.contains(key)) {
                run.listener().note("", "warning: configuration key '" + key + "' is not one CodeBuild knows ("
                        + String.join(", ", known) + "): it is ignored");
            }
        }
        if ("true".equalsIgnoreCase(configuration.getOrDefault("BatchEnabled", "false").strip())) {
            return ActionOutcome.failed("ConfigurationError", "batch builds (BatchEnabled: true) are not simulated"
                    + " locally; stand in for the action with --stub " + run.step() + "=succeed or =fail");
        }
        String primary = configuration.get("PrimarySource");
        if (primary == null && run.inputArtifacts().size() > 1) {
            return ActionOutcome.failed("ConfigurationError", "Invalid action configuration: PrimarySource is required"
                    + " when a CodeBuild action has more than one input artifact (" + String.join(", ", run.inputArtifacts()) + ")");
        }
        if (primary != null && !run.inputArtifacts().contains(primary)) {
            return ActionOutcome.failed("ConfigurationError", "Invalid action configuration: PrimarySource '" + primary
                    + "' is not an input artifact of the action (" + String.join(", ", run.inputArtifacts()) + ")");
        }
        primary = primary == null ? run.inputArtifacts().get(0) : primary;
        String projectName = configuration.getOrDefault("ProjectName", run.execution().pipelineName() + "-build");
        BuildProject project = project(run.execution().setup(), projectName).orElse(null);
        Map<String, String> environment = new LinkedHashMap<>();
        Map<String, String> secretEnvironment = new LinkedHashMap<>();
        try {
            // first, so that the project's and the action's variables (a PATH of their own) go over it
            environment.putAll(BuildToolFolder.write(run.workDir().resolve("tools"), run.store()));
            if (project != null) {
                projectVariables(run, project, environment, secretEnvironment);
            }
            // the action's variables go over the project's, as StartBuild's environmentVariablesOverride does
            Map<String, String> plain = new LinkedHashMap<>();
            Map<String, String> secret = new LinkedHashMap<>();
            BuildEnvironmentVariables.read(configuration.get("EnvironmentVariables"), run.secrets(), plain, secret);
            for (String name : plain.keySet()) {
                secretEnvironment.remove(name);
            }
            for (String name : secret.keySet()) {
                environment.remove(name);
            }
            environment.putAll(plain);
            secretEnvironment.putAll(secret);
        } catch (IOException e) {
            return ActionOutcome.failed("ConfigurationError", "Invalid action configuration: EnvironmentVariables: "
                    + e.getMessage());
        }
        Path sourceDir = run.workDir().resolve("src");
        lay(run, primary, sourceDir);
        for (String input : run.inputArtifacts()) {
            if (!input.equals(primary)) {
                Path secondary = run.workDir().resolve("sources").resolve(ExecutionStore.safe(input));
                lay(run, input, secondary);
                environment.put("CODEBUILD_SRC_DIR_" + input, secondary.toString());
            }
        }
        String override = configuration.get("BuildspecOverride");
        BuildProject.BuildspecKind kind = override != null ? BuildProject.kindOf(override)
                : project != null ? project.buildspecKind() : BuildProject.BuildspecKind.DEFAULT;
        String setting = override != null ? override : project != null ? project.buildSpec().text() : "";
        String from = override != null ? "the action's BuildspecOverride" : project != null
                ? "project " + project.logicalId() + "'s BuildSpec" : "the default";
        Buildspec buildspec;
        switch (kind) {
            case INLINE:
                buildspec = BuildspecFile.readText(setting).orElse(null);
                if (buildspec == null) {
                    return ActionOutcome.failed("YAML_FILE_ERROR: the inline buildspec of " + from
                            + " cannot be read (run 'codestages lint' on it)");
                }
                run.listener().note("", "buildspec: inline, from " + from);
                break;
            case S3:
                return ActionOutcome.failed("ConfigurationError", "the buildspec of " + from + " is stored in S3 ("
                        + setting + "): it is not simulated locally; put it in the source and name its path");
            case DEPLOY_TIME:
                return ActionOutcome.failed("ConfigurationError", "the buildspec of " + from + " is known only when the"
                        + " stack is deployed (" + setting + "): it cannot be played locally");
            default:
                String path = kind == BuildProject.BuildspecKind.PATH ? setting.strip() : "buildspec.yml";
                Path file = sourceDir.resolve(path).normalize();
                if (!file.startsWith(sourceDir) || !Files.isRegularFile(file)) {
                    return ActionOutcome.failed("YAML_FILE_ERROR: stat " + path + ": no such file or directory");
                }
                buildspec = BuildspecFile.read(file).orElse(null);
                if (buildspec == null) {
                    return ActionOutcome.failed("YAML_FILE_ERROR: " + path + " cannot be read (run 'codestages lint' on it)");
                }
                if (kind == BuildProject.BuildspecKind.PATH) {
                    run.listener().note("", "buildspec: " + path + ", from " + from);
                }
        }
        Duration timeout = timeout(run.execution().setup(), project);
        if (!timeout.equals(BuildRunner.DEFAULT_TIMEOUT)) {
            run.listener().note("", "build timeout: " + describe(timeout) + (run.execution().setup().inputs().buildTimeout()
                    != null ? " (--build-timeout)" : " (project " + project.logicalId() + "'s TimeoutInMinutes)"));
        }
        BuildSettings settings = new BuildSettings(projectName, nextBuildNumber(run.store(), projectName),
                UUID.randomUUID().toString(), run.execution().sourceVersion(),
                "codepipeline/" + run.execution().pipelineName(), run.secrets(), environment, secretEnvironment);
        String output = run.outputArtifacts().isEmpty() ? "BuildOutput" : run.outputArtifacts().get(0);
        BuildResult result = new BuildRunner(run.listener()).timeout(timeout).run(buildspec, sourceDir,
                run.workDir().resolve("runner"), settings, run.artifactDir().resolve("build-" + ExecutionStore.safe(run.action())),
                output);
        for (Path zip : result.artifacts()) {
            run.execution().artifact(zip.getFileName().toString().replaceFirst("\\.zip$", ""), zip);
        }
        List<ActionState.Phase> phases = new ArrayList<>();
        for (PhaseResult phase : result.phases()) {
            phases.add(new ActionState.Phase(phase.name(), phase.status().label(), phase.durationMs()));
        }
        Map<String, String> variables = new LinkedHashMap<>(result.exportedVariables());
        ActionState.Error error = null;
        if (result.timedOut()) {
            // the build's status and its phase's are TIMED_OUT (CodeBuild API, Build.buildStatus and
            // BuildPhase.phaseStatus); CodePipeline words a build's end as "Build terminated with state: X"
            error = new ActionState.Error("JobFailed", "Build terminated with state: TIMED_OUT. Phase: "
                    + result.timedOutPhase().toUpperCase() + ", Message: " + result.failure());
        } else if (!result.succeeded()) {
            error = new ActionState.Error("JobFailed", result.failure());
        }
        return new ActionOutcome(result.succeeded() ? Status.SUCCEEDED : Status.FAILED, error, variables, phases, null);
    }

    /** The project the template defines for {@code projectName}; empty when the pipeline is no template or has none. */
    private static Optional<BuildProject> project(ExecutionSetup setup, String projectName) throws IOException {
        for (BuildProject project : BuildProjectReader.read(setup.pipelineFile())) {
            if (project.answersTo(projectName)) {
                return Optional.of(project);
            }
        }
        return Optional.empty();
    }

    private static void projectVariables(ActionRun run, BuildProject project, Map<String, String> environment,
                                         Map<String, String> secretEnvironment) throws IOException {
        for (BuildProject.EnvironmentVariable variable : project.environmentVariables()) {
            if (!variable.name().isLiteral()) {
                throw new IOException("a variable of project " + project.logicalId() + " has no literal Name");
            }
            String name = variable.name().text();
            String type = variable.type().isPresent() ? variable.type().text() : "PLAINTEXT";
            if (!variable.value().isLiteral()) {
                // a value the stack decides (!Ref Bucket, !GetAtt ...): no local value exists; the build sees the expression
                run.listener().note("", "warning: " + name + " of project " + project.logicalId()
                        + " is known only when the stack is deployed (" + variable.value().text()
                        + "); the build gets that text");
            }
            Map<String, String> target = "PLAINTEXT".equals(type) ? environment : secretEnvironment;
            BuildEnvironmentVariables.add(target, name, variable.value().text(), type, run.secrets());
        }
    }

    /**
     * {@code run --build-timeout}, else the project's TimeoutInMinutes, else CodeBuild's default of 60
     * minutes (CodeBuild API, Project.timeoutInMinutes).
     */
    private static Duration timeout(ExecutionSetup setup, BuildProject project) {
        if (setup.inputs().buildTimeout() != null) {
            return setup.inputs().buildTimeout();
        }
        if (project != null && project.timeoutMinutes().isPresent()) {
            return Duration.ofMinutes(project.timeoutMinutes().get());
        }
        return BuildRunner.DEFAULT_TIMEOUT;
    }

    private static String describe(Duration timeout) {
        return timeout.toSeconds() % 60 == 0 ? timeout.toMinutes() + " minutes" : timeout.toMillis() + " ms";
    }

    /** Lays one input artifact out in {@code folder}: the exported tree, the zip, or a clone of the repository. */
    private static void lay(ActionRun run, String input, Path folder) throws IOException, InterruptedException {
        Path artifact = run.execution().artifacts().get(input);
        Path tree = run.execution().trees().get(input);
        if (CloneReference.is(artifact)) {
            CloneReference reference = CloneReference.read(artifact);
            SourceCheckout.cloneAt(reference.repository(), reference.commit(), reference.branch(), folder);
            run.listener().note("", input + ": git clone of " + reference.repository() + " at " + reference.commit());
        } else if (tree != null && Files.isDirectory(tree)) {
            // the committed tree as git exported it, symbolic links and modes included
            Trees.copy(tree, folder);
        } else {
            ZipArchives.unpack(artifact, folder);
        }
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
