package dev.codestages.run;

import dev.codestages.buildspec.ArtifactSelection;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecSchema;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs a buildspec's phases locally, as CodeBuild runs them: install, pre_build, build, post_build in
 * that order; in each phase the commands until the first that fails, then the {@code finally}
 * commands; a failed install or pre_build ends the build, a failed build still runs post_build;
 * {@code on-failure} ABORT, CONTINUE and the RETRY forms change that. CODEBUILD_* variables are set,
 * CODEBUILD_BUILD_SUCCEEDING turns 0 after a failure, and secrets are masked in the output.
 */
public final class BuildRunner {

    private static final Pattern RETRY = Pattern.compile("RETRY(?:-(\\d+))?(?:-(.+))?");

    private final RunListener listener;

    public BuildRunner(RunListener listener) {
        this.listener = listener;
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
        Map<String, String> environment = new LinkedHashMap<>(settings.environment());
        environment.putAll(codebuildVariables(sourceDir, settings, start));
        List<String> secretValues = new ArrayList<>();
        Optional<String> envError = resolveVariables(buildspec, settings, environment, secretValues);
        OutputMasker masker = new OutputMasker(secretValues);
        if (envError.isPresent()) {
            listener.note("DOWNLOAD_SOURCE", envError.get());
            return new BuildResult(false, settings.buildId(), List.of(), Map.of(), List.of(), List.of(), envError.get());
        }
        String shell = buildspec.env().flatMap(e -> e.scalar("shell")).map(YamlScalar::value)
                .filter(s -> s.equals("/bin/sh") || s.equals("sh")).isPresent() ? "/bin/sh" : "bash";
        BuildShell buildShell = new BuildShell(shell, !buildspec.isVersion01(), sourceDir, workDir.resolve("shell"),
                environment);

        List<PhaseResult> results = new ArrayList<>();
        boolean succeeding = true;
        boolean stop = false;
        String stoppedAt = null;
        String failure = null;
        for (String phaseName : BuildspecSchema.PHASES) {
            Optional<YamlMapping> phase = buildspec.phases().flatMap(p -> p.mapping(phaseName));
            if (phase.isEmpty()) {
                continue;
            }
            if (stop) {
                results.add(PhaseResult.skipped(phaseName));
                listener.note(phaseName, "skipped: an earlier phase failed");
                continue;
            }
            PhaseResult result = runPhase(phaseName, phase.get(), buildShell, succeeding, masker);
            results.add(result);
            if (result.status() == StepStatus.FAILED) {
                succeeding = false;
                failure = failure == null ? result.failure() : failure;
                String onFailure = phase.get().scalar("on-failure").map(YamlScalar::value).orElse("")
                        .toUpperCase(Locale.ROOT);
                if (onFailure.equals("ABORT")) {
                    stop = true;
                } else if (!onFailure.equals("CONTINUE")) {
                    // CodeBuild's default transitions: only a failed build goes on to post_build
                    stop = !phaseName.equals("build");
                }
                stoppedAt = stop ? phaseName : null;
            }
        }
        Map<String, String> exported = buildShell.exportedValues(exportedNames(buildspec));
        List<TestReport> reports = results.isEmpty() ? List.of() : collectReports(buildspec, sourceDir);
        // UPLOAD_ARTIFACTS follows post_build, and a failed build; not a failed install or pre_build, nor ABORT
        boolean upload = stoppedAt == null || stoppedAt.equals("post_build");
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
        Optional<YamlMapping> primary = buildspec.root().mapping("artifacts");
        if (primary.isEmpty()) {
            return null;
        }
        Map<String, YamlMapping> definitions = new LinkedHashMap<>();
        if (primary.get().has("files")) {
            definitions.put(primaryName, primary.get());
        }
        primary.get().mapping("secondary-artifacts").ifPresent(secondary -> secondary.entries().forEach(entry -> {
            if (entry.value() instanceof YamlMapping definition) {
                definitions.put(entry.keyText(), definition);
            }
        }));
        for (Map.Entry<String, YamlMapping> definition : definitions.entrySet()) {
            List<ArtifactSelection.Entry> entries = ArtifactSelection.select(definition.getValue(), sourceDir);
            if (entries.isEmpty()) {
                return "CLIENT_ERROR: no matching artifact paths found (artifact '" + definition.getKey() + "')";
            }
            Path zip = artifactDir.resolve(definition.getKey() + ".zip");
            ZipArchives.pack(entries, zip);
            listener.note("UPLOAD_ARTIFACTS", definition.getKey() + ": " + entries.size() + " files -> " + zip);
            written.add(zip);
        }
        return null;
    }

    private List<TestReport> collectReports(Buildspec buildspec, Path sourceDir) throws IOException {
        List<TestReport> reports = new ArrayList<>();
        Optional<YamlMapping> groups = buildspec.root().mapping("reports");
        if (groups.isEmpty()) {
            return reports;
        }
        for (YamlEntry group : groups.get().entries()) {
            if (group.value() instanceof YamlMapping definition) {
                String format = definition.scalar("file-format").map(YamlScalar::value).orElse(null);
                TestReport report = TestReportReader.read(group.keyText(), format,
                        ArtifactSelection.select(definition, sourceDir));
                listener.note("REPORTS", report.group() + ": " + report.files() + " files, " + report.tests()
                        + " tests, " + report.failures() + " failures, " + report.errors() + " errors, "
                        + report.skipped() + " skipped");
                reports.add(report);
            }
        }
        return reports;
    }

    private PhaseResult runPhase(String name, YamlMapping phase, BuildShell shell, boolean succeeding,
                                 OutputMasker masker) throws IOException, InterruptedException {
        int attempts = 1 + retries(phase);
        Pattern retryOn = retryPattern(phase);
        PhaseResult result = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            result = runPhaseOnce(name, phase, shell, succeeding, masker);
            if (result.status() != StepStatus.FAILED || attempt == attempts
                    || !retryOn.matcher(result.failure()).find()) {
                break;
            }
            listener.note(name, "on-failure RETRY: attempt " + (attempt + 1) + " of " + attempts);
        }
        return result;
    }

    private PhaseResult runPhaseOnce(String name, YamlMapping phase, BuildShell shell, boolean succeeding,
                                     OutputMasker masker) throws IOException, InterruptedException {
        listener.started(name);
        long start = System.nanoTime();
        List<CommandResult> commands = new ArrayList<>();
        String failure = null;
        for (YamlScalar command : Buildspec.stringItems(phase.get("commands"))) {
            CommandResult result = runCommand(name, command.value(), shell, succeeding && failure == null, masker);
            commands.add(result);
            if (!result.succeeded()) {
                failure = failureMessage(result);
                break;
            }
        }
        for (YamlScalar command : Buildspec.stringItems(phase.get("finally"))) {
            CommandResult result = runCommand(name, command.value(), shell, succeeding && failure == null, masker);
            commands.add(result);
            if (!result.succeeded() && failure == null) {
                failure = failureMessage(result);
            }
        }
        long durationMs = (System.nanoTime() - start) / 1_000_000;
        StepStatus status = failure == null ? StepStatus.SUCCEEDED : StepStatus.FAILED;
        if (failure != null) {
            listener.note(name, failure);
        }
        listener.finished(name, status, durationMs);
        return new PhaseResult(name, status, durationMs, commands, failure);
    }

    private CommandResult runCommand(String phase, String command, BuildShell shell, boolean succeeding,
                                     OutputMasker masker) throws IOException, InterruptedException {
        listener.output(phase, "$ " + masker.mask(firstLine(command)));
        long start = System.nanoTime();
        int code = shell.run(command, Map.of("CODEBUILD_BUILD_SUCCEEDING", succeeding ? "1" : "0"),
                line -> listener.output(phase, masker.mask(line)));
        return new CommandResult(command, code, (System.nanoTime() - start) / 1_000_000);
    }

    private static String failureMessage(CommandResult result) {
        return "COMMAND_EXECUTION_ERROR: Error while executing command: " + firstLine(result.command())
                + ". Reason: exit status " + result.exitCode();
    }

    private static String firstLine(String command) {
        String trimmed = command.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline) + " ...";
    }

    private static int retries(YamlMapping phase) {
        String value = phase.scalar("on-failure").map(YamlScalar::value).orElse("").toUpperCase(Locale.ROOT);
        Matcher matcher = RETRY.matcher(value);
        if (!matcher.matches()) {
            return 0;
        }
        return matcher.group(1) == null ? 3 : Math.min(100, Integer.parseInt(matcher.group(1)));
    }

    private static Pattern retryPattern(YamlMapping phase) {
        String value = phase.scalar("on-failure").map(YamlScalar::value).orElse("");
        Matcher matcher = RETRY.matcher(value.toUpperCase(Locale.ROOT));
        if (matcher.matches() && matcher.group(2) != null) {
            // the regex as written, not upper-cased
            String regex = value.substring(value.length() - matcher.group(2).length());
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                return Pattern.compile(Pattern.quote(regex));
            }
        }
        return Pattern.compile(".*");
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
                                                     Map<String, String> environment, List<String> secretValues) {
        YamlMapping env = buildspec.env().orElse(null);
        if (env == null) {
            env = buildspec.root().mapping("environment_variables").orElse(null);
            if (env != null) {
                env.mapping("plaintext").ifPresent(p -> putScalars(p, environment));
            }
            return Optional.empty();
        }
        env.mapping("variables").ifPresent(v -> putScalars(v, environment));
        Optional<YamlMapping> parameters = env.mapping("parameter-store");
        if (parameters.isPresent()) {
            for (YamlEntry entry : parameters.get().entries()) {
                String parameter = text(entry);
                String value = settings.secrets().get(parameter);
                if (value == null) {
                    return Optional.of("Decrypted Variables Error: parameter does not exist: " + parameter
                            + " (give it with --secrets FILE or the environment)");
                }
                environment.put(entry.keyText(), value);
                secretValues.add(value);
            }
        }
        Optional<YamlMapping> secrets = env.mapping("secrets-manager");
        if (secrets.isPresent()) {
            for (YamlEntry entry : secrets.get().entries()) {
                Optional<String> value = SecretReference.resolve(text(entry), settings.secrets());
                if (value.isEmpty()) {
                    return Optional.of("Secrets Manager Error: secret not found: " + text(entry)
                            + " (give it with --secrets FILE or the environment)");
                }
                environment.put(entry.keyText(), value.get());
                secretValues.add(value.get());
            }
        }
        return Optional.empty();
    }

    private static void putScalars(YamlMapping mapping, Map<String, String> environment) {
        for (YamlEntry entry : mapping.entries()) {
            environment.put(entry.keyText(), text(entry));
        }
    }

    private static String text(YamlEntry entry) {
        return entry.value() instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : "";
    }

    private static List<String> exportedNames(Buildspec buildspec) {
        return buildspec.env().map(e -> Buildspec.stringItems(e.get("exported-variables"))).orElse(List.of())
                .stream().map(YamlScalar::value).toList();
    }
}
