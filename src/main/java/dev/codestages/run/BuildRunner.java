package dev.codestages.run;

import dev.codestages.buildspec.ArtifactDefinition;
import dev.codestages.buildspec.ArtifactSelection;
import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.BuildPhase;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecProblem;
import dev.codestages.buildspec.BuildspecSchema;
import dev.codestages.buildspec.OnFailure;
import dev.codestages.buildspec.PhaseCommand;
import dev.codestages.buildspec.ReportGroup;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a buildspec's phases locally, as CodeBuild runs them: install, pre_build, build, post_build in
 * that order; in each phase the commands until the first that fails, then the {@code finally}
 * commands; a failed install or pre_build ends the build, a failed build still runs post_build;
 * {@code on-failure} ABORT, CONTINUE and the RETRY forms change that. CODEBUILD_* variables are set,
 * CODEBUILD_BUILD_SUCCEEDING turns 0 after a failure, and secrets are masked in the output. It reads
 * the buildspec only through the model ({@link Buildspec}); a part the model marks invalid (a command
 * YAML read as a mapping, an on-failure value that is none of the forms) fails the build at its phase
 * with the linter's finding, since CodeBuild refuses such a file.
 */
public final class BuildRunner {

    /**
     * CodeBuild's default build timeout: "How long, in minutes, from 5 to 2160 (36 hours), for CodeBuild
     * to wait before timing out any related build that did not get marked as completed. The default is
     * 60 minutes." (CodeBuild API, Project.timeoutInMinutes).
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(60);

    private final RunListener listener;
    private Duration timeout = DEFAULT_TIMEOUT;
    private long deadline;
    private boolean timedOut;

    public BuildRunner(RunListener listener) {
        this.listener = listener;
    }

    /** The build's time limit (the project's timeoutInMinutes), for all phases together. */
    public BuildRunner timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /**
     * Runs the build in {@code sourceDir} (CODEBUILD_SRC_DIR); {@code workDir} is a private folder for
     * the runner's own files.
     */
    public BuildResult run(Buildspec buildspec, Path sourceDir, Path workDir, BuildSettings settings)
            throws IOException, InterruptedException {
        return run(buildspec, sourceDir, workDir, settings, null, "BuildOutput");
    }

    /**
     * Runs the build and, when it reaches UPLOAD_ARTIFACTS, writes the primary artifact as
     * {@code artifactDir/<primaryName>.zip} and each secondary artifact as {@code <identifier>.zip};
     * a null {@code artifactDir} skips packing.
     */
    public BuildResult run(Buildspec buildspec, Path sourceDir, Path workDir, BuildSettings settings,
                           Path artifactDir, String primaryName) throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        deadline = System.nanoTime() + timeout.toNanos();
        Map<String, String> environment = new LinkedHashMap<>(settings.environment());
        environment.putAll(codebuildVariables(sourceDir, settings, start));
        Map<String, String> secrets = new LinkedHashMap<>(settings.secretEnvironment());
        environment.putAll(settings.secretEnvironment());
        Optional<String> envError = resolveVariables(buildspec, settings, environment, secrets);
        OutputMasker masker = new OutputMasker(secrets.values());
        if (envError.isPresent()) {
            listener.note("DOWNLOAD_SOURCE", envError.get());
            return new BuildResult(false, settings.buildId(), List.of(), Map.of(), List.of(), List.of(), envError.get());
        }
        secrets.forEach((name, value) -> {
            if (OutputMasker.tooShort(value)) {
                listener.note("DOWNLOAD_SOURCE", "the value of " + name + " has fewer than "
                        + OutputMasker.MINIMUM_LENGTH + " characters: it cannot be masked and shows in clear in the output");
            }
        });
        String declaredShell = buildspec.environment().shellName();
        String shell = "/bin/sh".equals(declaredShell) || "sh".equals(declaredShell) ? "/bin/sh" : "bash";
        try (BuildShell buildShell = new BuildShell(shell, !buildspec.isVersion01(), sourceDir, workDir.resolve("shell"),
                environment, secrets.keySet())) {
            BuildResult result = runPhases(buildspec, sourceDir, settings, artifactDir, primaryName, buildShell, masker);
            if (result.stopped() && !ProcessTree.stopping()) {
                // an interrupted thread (an aborted Jenkins step) ends as interrupted, now that the
                // stopped phase is recorded; in the CLI's shutdown the result goes on to the report
                throw new InterruptedException(result.failure());
            }
            return result;
        }
    }

    private BuildResult runPhases(Buildspec buildspec, Path sourceDir, BuildSettings settings, Path artifactDir,
                                  String primaryName, BuildShell buildShell, OutputMasker masker)
            throws IOException, InterruptedException {
        List<PhaseResult> results = new ArrayList<>();
        boolean succeeding = true;
        boolean stop = false;
        String stoppedAt = null;
        String failure = null;
        boolean interrupted = false;
        for (String phaseName : BuildspecSchema.PHASES) {
            Optional<BuildPhase> phase = buildspec.phase(phaseName);
            if (phase.isEmpty()) {
                continue;
            }
            if (stop) {
                results.add(PhaseResult.skipped(phaseName));
                listener.note(phaseName, interrupted ? "skipped: the build was stopped" : "skipped: an earlier phase failed");
                continue;
            }
            BuildspecProblem refused = problemIn(phase.get());
            if (refused != null) {
                results.add(refuse(phaseName, refused));
                succeeding = false;
                failure = failure == null ? results.get(results.size() - 1).failure() : failure;
                stop = true;
                stoppedAt = phaseName;
                continue;
            }
            PhaseResult result = runPhase(phase.get(), buildShell, succeeding, masker);
            results.add(result);
            if (result.status() == StepStatus.STOPPED) {
                succeeding = false;
                failure = failure == null ? result.failure() : failure;
                stop = true;
                stoppedAt = phaseName;
                interrupted = true;
            } else if (timedOut) {
                // CodeBuild ends a timed-out build where it is: no later phase, no upload
                succeeding = false;
                failure = failure == null ? result.failure() : failure;
                stop = true;
                stoppedAt = phaseName;
                interrupted = true;
            } else if (result.status() == StepStatus.FAILED) {
                succeeding = false;
                failure = failure == null ? result.failure() : failure;
                OnFailure.Action onFailure = phase.get().onFailure() == null ? null
                        : phase.get().onFailure().action();
                if (onFailure == OnFailure.Action.ABORT) {
                    stop = true;
                } else if (onFailure != OnFailure.Action.CONTINUE) {
                    // CodeBuild's default transitions: only a failed build goes on to post_build
                    stop = !phaseName.equals("build");
                }
                stoppedAt = stop ? phaseName : null;
            }
        }
        Map<String, String> exported = interrupted ? Map.of()
                : buildShell.exportedValues(buildspec.environment().exportedVariableNames());
        List<TestReport> reports = results.isEmpty() ? List.of() : collectReports(buildspec, sourceDir);
        // UPLOAD_ARTIFACTS follows post_build, and a failed build; not a failed install or pre_build, nor ABORT
        boolean upload = !interrupted && (stoppedAt == null || stoppedAt.equals("post_build"));
        List<Path> artifacts = new ArrayList<>();
        if (upload && artifactDir != null) {
            listener.started("UPLOAD_ARTIFACTS");
            long uploadStart = System.nanoTime();
            String uploadFailure = packArtifacts(buildspec, sourceDir, artifactDir, primaryName, artifacts);
            long uploadMs = (System.nanoTime() - uploadStart) / 1_000_000;
            if (uploadFailure != null) {
                listener.note("UPLOAD_ARTIFACTS", uploadFailure);
                succeeding = false;
                failure = failure == null ? uploadFailure : failure;
            }
            listener.finished("UPLOAD_ARTIFACTS", uploadFailure == null ? StepStatus.SUCCEEDED : StepStatus.FAILED,
                    uploadMs);
        }
        return new BuildResult(succeeding, settings.buildId(), results, exported, artifacts, reports, failure);
    }

    /** Packs every artifact definition; returns CodeBuild's message when one matches no file. */
    private String packArtifacts(Buildspec buildspec, Path sourceDir, Path artifactDir, String primaryName,
                                 List<Path> written) throws IOException {
        for (ArtifactDefinition definition : buildspec.artifacts()) {
            if (definition.isPrimary() && !definition.declaresFiles()) {
                continue; // an 'artifacts' section that only holds secondary-artifacts
            }
            // a pipeline names the primary artifact; a secondary one is named by its identifier
            String name = definition.isPrimary() ? primaryName : definition.identifier();
            if (definition.enableSymlinks()) {
                // the reference: with enable-symlinks, a ZIP keeps the build's internal symbolic links
                listener.note("UPLOAD_ARTIFACTS", name + ": enable-symlinks is not played locally; links inside"
                        + " the build folder are packed as the files they point to");
            }
            List<ArtifactSelection.Entry> entries = ArtifactSelection.select(definition, sourceDir);
            if (entries.isEmpty()) {
                return "CLIENT_ERROR: no matching artifact paths found (artifact '" + name + "')";
            }
            Path zip;
            try {
                zip = ArtifactZipPath.of(artifactDir, name);
            } catch (IOException e) {
                return e.getMessage();
            }
            ZipArchives.pack(entries, zip);
            listener.note("UPLOAD_ARTIFACTS", name + ": " + entries.size() + " files -> " + zip);
            written.add(zip);
        }
        return null;
    }

    private List<TestReport> collectReports(Buildspec buildspec, Path sourceDir) throws IOException {
        List<TestReport> reports = new ArrayList<>();
        for (ReportGroup group : buildspec.reportGroups()) {
            TestReport report = TestReportReader.read(group.name(), group.format(),
                    ArtifactSelection.select(group.files(), sourceDir));
            listener.note("REPORTS", report.group() + ": " + report.files() + " files, " + report.tests()
                    + " tests, " + report.failures() + " failures, " + report.errors() + " errors, "
                    + report.skipped() + " skipped");
            reports.add(report);
        }
        return reports;
    }

    /**
     * The first part of the phase the runner must not play: an invalid command item or on-failure value,
     * with the finding the linter gives it; null when the whole phase can run.
     */
    private static BuildspecProblem problemIn(BuildPhase phase) {
        if (phase.onFailure() != null && phase.onFailure().problem() != null) {
            return phase.onFailure().problem();
        }
        for (List<PhaseCommand> items : List.of(phase.commands(), phase.finallyCommands())) {
            for (PhaseCommand item : items) {
                if (item.problem() != null) {
                    return item.problem();
                }
            }
        }
        return null;
    }

    /** A phase that does not run because the buildspec is invalid there, failed as CodeBuild fails it. */
    private PhaseResult refuse(String name, BuildspecProblem problem) {
        listener.started(name);
        String failure = "YAML_FILE_ERROR: " + problem.text();
        listener.note(name, failure);
        listener.finished(name, StepStatus.FAILED, 0);
        return new PhaseResult(name, StepStatus.FAILED, 0, List.of(), failure);
    }

    private PhaseResult runPhase(BuildPhase phase, BuildShell shell, boolean succeeding, OutputMasker masker)
            throws IOException, InterruptedException {
        OnFailure onFailure = phase.onFailure();
        int attempts = 1 + (onFailure == null ? 0 : onFailure.retries());
        PhaseResult result = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            result = runPhaseOnce(phase, shell, succeeding, masker);
            if (result.status() != StepStatus.FAILED || attempt == attempts
                    || !onFailure.retriesOn(result.failure())) {
                break;
            }
            listener.note(phase.name(), "on-failure RETRY: attempt " + (attempt + 1) + " of " + attempts);
        }
        return result;
    }

    private PhaseResult runPhaseOnce(BuildPhase phase, BuildShell shell, boolean succeeding, OutputMasker masker)
            throws IOException, InterruptedException {
        String name = phase.name();
        listener.started(name);
        long start = System.nanoTime();
        List<CommandResult> commands = new ArrayList<>();
        String failure = null;
        boolean interrupted = false;
        try {
            for (PhaseCommand item : phase.commands()) {
                if (item.kind() != PhaseCommand.Kind.COMMAND) {
                    noteNullItem(name, item);
                    continue;
                }
                CommandResult result = runCommand(name, item.text(), shell, succeeding && failure == null, masker);
                commands.add(result);
                if (!result.succeeded()) {
                    failure = masker.mask(failureMessage(result));
                    break;
                }
            }
            for (PhaseCommand item : timedOut ? List.<PhaseCommand>of() : phase.finallyCommands()) {
                if (item.kind() != PhaseCommand.Kind.COMMAND) {
                    noteNullItem(name, item);
                    continue;
                }
                CommandResult result = runCommand(name, item.text(), shell, succeeding && failure == null, masker);
                commands.add(result);
                if (!result.succeeded() && failure == null) {
                    failure = masker.mask(failureMessage(result));
                }
            }
        } catch (InterruptedException e) {
            // Ctrl-C, kill or an aborted Jenkins step: the command's processes are gone; the phase is
            // recorded as stopped and nothing more runs, so the report still tells where the build was
            interrupted = true;
            failure = name + " stopped: codestages was interrupted";
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        StepStatus status = interrupted ? StepStatus.STOPPED : timedOut ? StepStatus.TIMED_OUT
                : failure == null ? StepStatus.SUCCEEDED : StepStatus.FAILED;
        if (failure != null) {
            listener.note(name, failure);
        }
        listener.finished(name, status, durationMs);
        return new PhaseResult(name, status, durationMs, commands, failure);
    }

    /**
     * A null item ({@code - # comment}, BS010) runs nothing. Public buildspecs with such items have driven
     * real CodeBuild projects for years (issue 16); no AWS document says what the agent does with one, so
     * the runner passes over it, and says so. Invalid items never get here (see {@link #problemIn}).
     */
    private void noteNullItem(String phase, PhaseCommand item) {
        listener.note(phase, "'" + item.path() + "' at " + item.location()
                + " is an empty item (null, BS010): nothing to run");
    }

    private CommandResult runCommand(String phase, String command, BuildShell shell, boolean succeeding,
                                     OutputMasker masker) throws IOException, InterruptedException {
        listener.output(phase, "$ " + masker.mask(firstLine(command)));
        long start = System.nanoTime();
        Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
        int code = shell.run(command, Map.of("CODEBUILD_BUILD_SUCCEEDING", succeeding ? "1" : "0"), left,
                line -> listener.output(phase, masker.mask(line)));
        return new CommandResult(command, code, (System.nanoTime() - start) / 1_000_000);
    }

    private String failureMessage(CommandResult result) {
        if (result.exitCode() == ProcessRunner.TIMED_OUT) {
            timedOut = true;
            return "BUILD_TIMED_OUT: the build ran past its timeout of " + minutes(timeout)
                    + "; the command was stopped: " + firstLine(result.command());
        }
        return "COMMAND_EXECUTION_ERROR: Error while executing command: " + firstLine(result.command())
                + ". Reason: exit status " + result.exitCode();
    }

    private static String minutes(Duration limit) {
        return limit.toSeconds() % 60 == 0 ? limit.toMinutes() + " minutes" : limit.toSeconds() + " seconds";
    }

    private static String firstLine(String command) {
        String trimmed = command.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline) + " ...";
    }

    private static Map<String, String> codebuildVariables(Path sourceDir, BuildSettings settings, long start) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("CODEBUILD_SRC_DIR", sourceDir.toString());
        variables.put("CODEBUILD_BUILD_ID", settings.buildId());
        variables.put("CODEBUILD_BUILD_ARN", "arn:aws:codebuild:local:000000000000:build/" + settings.buildId());
        variables.put("CODEBUILD_BUILD_NUMBER", Long.toString(settings.buildNumber()));
        variables.put("CODEBUILD_RESOLVED_SOURCE_VERSION", settings.sourceVersion());
        variables.put("CODEBUILD_SOURCE_VERSION", settings.sourceVersion());
        variables.put("CODEBUILD_INITIATOR", settings.initiator());
        variables.put("CODEBUILD_START_TIME", Long.toString(start));
        variables.put("CODEBUILD_BUILD_IMAGE", "codestages/local");
        variables.put("CODEBUILD_BUILD_SUCCEEDING", "1");
        variables.put("CODEBUILD_CI", "true");
        return variables;
    }

    /** Adds env.variables (literally), parameter-store and secrets-manager values; an unknown secret is an error. */
    private static Optional<String> resolveVariables(Buildspec buildspec, BuildSettings settings,
                                                     Map<String, String> environment, Map<String, String> secrets) {
        BuildEnvironment env = buildspec.environment();
        for (BuildEnvironment.Variable variable : env.plaintext()) {
            environment.put(variable.name(), variable.text());
        }
        for (BuildEnvironment.Variable variable : env.variables()) {
            environment.put(variable.name(), variable.text());
        }
        for (BuildEnvironment.Variable variable : env.parameterStore()) {
            String value = settings.secrets().get(variable.text());
            if (value == null) {
                return Optional.of("Decrypted Variables Error: parameter does not exist: " + variable.text()
                        + " (give it with --secrets FILE or the environment)");
            }
            environment.put(variable.name(), value);
            secrets.put(variable.name(), value);
        }
        for (BuildEnvironment.Variable variable : env.secretsManager()) {
            Optional<String> value = SecretReference.resolve(variable.text(), settings.secrets());
            if (value.isEmpty()) {
                return Optional.of("Secrets Manager Error: secret not found: " + variable.text()
                        + " (give it with --secrets FILE or the environment)");
            }
            environment.put(variable.name(), value.get());
            secrets.put(variable.name(), value.get());
        }
        return Optional.empty();
    }
}
