package dev.codestages.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Linter;
import dev.codestages.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link BuildRunner}: phase order and transitions, finally, the one shell of 0.2, variables, secrets. */
class BuildRunnerTest {

    @TempDir
    Path temp;

    private final RecordingListener listener = new RecordingListener();

    private BuildResult run(String yaml) throws IOException, InterruptedException {
        return run(yaml, Map.of());
    }

    private BuildResult run(String yaml, Map<String, String> secrets) throws IOException, InterruptedException {
        Path source = Files.createDirectories(temp.resolve("src"));
        Buildspec buildspec = new Buildspec(new YamlLoader().load(yaml.getBytes(StandardCharsets.UTF_8)).rootMapping());
        BuildSettings settings = new BuildSettings("demo", 7, "0000-1111", "abc123", "codestages", secrets, Map.of());
        return new BuildRunner(listener).run(buildspec, source, temp.resolve("work"), settings);
    }

    private static String phases(String failIn) {
        StringBuilder yaml = new StringBuilder("version: 0.2\nphases:\n");
        for (String phase : new String[] {"install", "pre_build", "build", "post_build"}) {
            yaml.append("  ").append(phase).append(":\n    commands:\n");
            yaml.append("      - echo ").append(phase).append(" succeeding=$CODEBUILD_BUILD_SUCCEEDING\n");
            if (phase.equals(failIn)) {
                yaml.append("      - exit 3\n      - echo never\n");
            }
            yaml.append("    finally:\n      - echo finally-").append(phase).append('\n');
        }
        return yaml.toString();
    }

    @Test
    void runsThePhasesInCodeBuildOrderWhateverTheFileOrder() throws Exception {
        BuildResult result = run("""
                version: 0.2
                phases:
                  post_build:
                    commands: [echo post]
                  build:
                    commands: [echo build]
                  install:
                    commands: [echo install]
                """);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.phases()).extracting(PhaseResult::name).containsExactly("install", "build", "post_build");
        assertThat(listener.events).containsSubsequence("start install", "end install SUCCEEDED", "start build",
                "end build SUCCEEDED", "start post_build", "end post_build SUCCEEDED");
    }

    @ParameterizedTest(name = "a command failing in {0}")
    @CsvSource({
        "install,    FAILED,    SKIPPED,   SKIPPED,   SKIPPED",
        "pre_build,  SUCCEEDED, FAILED,    SKIPPED,   SKIPPED",
        "build,      SUCCEEDED, SUCCEEDED, FAILED,    SUCCEEDED",
        "post_build, SUCCEEDED, SUCCEEDED, SUCCEEDED, FAILED"})
    void aFailingCommandSkipsOrRunsLaterPhasesAsCodeBuildDoes(String failIn, StepStatus install, StepStatus preBuild,
                                                             StepStatus build, StepStatus postBuild) throws Exception {
        BuildResult result = run(phases(failIn));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.phases()).extracting(PhaseResult::status).containsExactly(install, preBuild, build, postBuild);
        assertThat(result.failure()).isEqualTo("COMMAND_EXECUTION_ERROR: Error while executing command: exit 3."
                + " Reason: exit status 3");
        // the rest of the failing phase's commands are skipped, its finally block still runs
        assertThat(listener.outputOf(failIn)).containsExactly(failIn + " succeeding=1", "finally-" + failIn);
        if (failIn.equals("build")) {
            assertThat(listener.outputOf("post_build")).containsExactly("post_build succeeding=0", "finally-post_build");
        }
    }

    @Test
    void version02RunsOneShellSoDirectoryAndExportsCarryOver() throws Exception {
        Files.createDirectories(temp.resolve("src/sub"));
        BuildResult result = run("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - cd sub
                      - export GREETING=hello
                      - echo "$(basename "$PWD") $GREETING"
                  post_build:
                    commands:
                      - echo "$(basename "$PWD") $GREETING"
                """);
        assertThat(result.succeeded()).isTrue();
        assertThat(listener.outputOf("build")).containsExactly("sub hello");
        assertThat(listener.outputOf("post_build")).containsExactly("sub hello");
    }

    @Test
    void version02KeepsAVariableACommandOnlySetForTheNextCommandsAndPhasesAsTheEcrSampleNeeds() throws Exception {
        BuildResult result = run("""
                version: 0.2
                phases:
                  pre_build:
                    commands:
                      - COMMIT_HASH=$(echo abcdef1234 | cut -c 1-7)
                      - IMAGE_TAG=${COMMIT_HASH:=latest}
                  build:
                    commands:
                      - echo "tag $IMAGE_TAG"
                      - printenv __codestages_status || echo "no helper variable"
                """);
        assertThat(result.succeeded()).isTrue();
        assertThat(listener.outputOf("build")).containsExactly("tag abcdef1", "no helper variable");
    }

    @Test
    void version01RunsEachCommandInAFreshShell() throws Exception {
        Files.createDirectories(temp.resolve("src/sub"));
        run("""
                version: 0.1
                phases:
                  build:
                    commands:
                      - cd sub
                      - export GREETING=hello
                      - echo "$(basename "$PWD") [$GREETING]"
                """);
        assertThat(listener.outputOf("build")).containsExactly("src []");
    }

    @Test
    void aMultiLineBlockFailsOnlyOnItsLastStatusAsInCodeBuild() throws Exception {
        BuildResult result = run("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - |
                        false
                        echo still-running
                """);
        assertThat(result.succeeded()).isTrue();
        assertThat(listener.outputOf("build")).containsExactly("still-running");
    }

    @Test
    void setsCodebuildVariablesAndLiteralEnvironmentVariables() throws Exception {
        run("""
                version: 0.2
                env:
                  variables:
                    LITERAL: $HOME/x
                phases:
                  build:
                    commands:
                      - echo "$CODEBUILD_BUILD_ID $CODEBUILD_BUILD_NUMBER $CODEBUILD_RESOLVED_SOURCE_VERSION"
                      - echo "$CODEBUILD_SRC_DIR" | grep -c /src
                      - echo "$LITERAL"
                """);
        assertThat(listener.outputOf("build")).containsExactly("demo:0000-1111 7 abc123", "1", "$HOME/x");
    }

    @Test
    void exportedVariablesAreCapturedAtTheEnd() throws Exception {
        BuildResult result = run("""
                version: 0.2
                env:
                  exported-variables:
                    - IMAGE_TAG
                    - NEVER_SET
                phases:
                  build:
                    commands:
                      - export IMAGE_TAG=v-$CODEBUILD_BUILD_NUMBER
                """);
        assertThat(result.exportedVariables()).containsExactly(Map.entry("IMAGE_TAG", "v-7"));
    }

    @Test
    void secretsComeFromLocalValuesAndAreMaskedInTheOutput() throws Exception {
        BuildResult result = run("""
                version: 0.2
                env:
                  parameter-store:
                    DB_PASSWORD: /prod/db/password
                  secrets-manager:
                    TOKEN: prod/api:token
                phases:
                  build:
                    commands:
                      - echo "password=$DB_PASSWORD token=$TOKEN"
                """, Map.of("/prod/db/password", "s3cr3t-pw", "prod/api", "{\"token\": \"tok-9876\"}"));
        assertThat(result.succeeded()).isTrue();
        assertThat(listener.outputOf("build")).containsExactly("password=*** token=***");
        assertThat(String.join("\n", listener.output)).doesNotContain("s3cr3t-pw").doesNotContain("tok-9876");
    }

    @Test
    void aMissingSecretFailsTheBuildBeforeAnyPhase() throws Exception {
        BuildResult result = run("""
                version: 0.2
                env:
                  parameter-store:
                    DB_PASSWORD: /prod/db/password
                phases:
                  build:
                    commands:
                      - echo never
                """);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.phases()).isEmpty();
        assertThat(result.failure()).startsWith("Decrypted Variables Error: parameter does not exist: /prod/db/password");
    }

    @Test
    void onFailureContinueGoesOnAfterAFailedInstall() throws Exception {
        BuildResult result = run("""
                version: 0.2
                phases:
                  install:
                    on-failure: CONTINUE
                    commands: [exit 1]
                  build:
                    commands: [echo built]
                """);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.phases()).extracting(PhaseResult::status).containsExactly(StepStatus.FAILED, StepStatus.SUCCEEDED);
    }

    @Test
    void onFailureAbortAfterAFailedBuildSkipsPostBuild() throws Exception {
        BuildResult result = run("""
                version: 0.2
                phases:
                  build:
                    on-failure: ABORT
                    commands: [exit 1]
                  post_build:
                    commands: [echo post]
                """);
        assertThat(result.phases()).extracting(PhaseResult::status).containsExactly(StepStatus.FAILED, StepStatus.SKIPPED);
    }

    @Test
    void onFailureRetryRerunsThePhase() throws Exception {
        BuildResult result = run("""
                version: 0.2
                phases:
                  build:
                    on-failure: RETRY-2
                    commands:
                      - echo x >> attempts
                      - test "$(wc -l < attempts)" -ge 3
                """);
        assertThat(result.succeeded()).isTrue();
        assertThat(listener.events).filteredOn(e -> e.startsWith("start build")).hasSize(3);
    }

    @Test
    void packsArtifactsAndCountsTestReportsAfterTheBuild() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src"));
        Buildspec buildspec = new Buildspec(new YamlLoader().load("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - mkdir -p out reports
                      - echo app > out/app.txt
                      - echo '<testsuite><testcase name="a"/><testcase name="b"><failure/></testcase></testsuite>' > reports/TEST-a.xml
                reports:
                  unit:
                    base-directory: reports
                    files: ['*.xml']
                artifacts:
                  base-directory: out
                  files: ['**/*']
                  secondary-artifacts:
                    docs:
                      files: ['missing/**/*']
                """.getBytes(StandardCharsets.UTF_8)).rootMapping());
        BuildSettings settings = new BuildSettings("demo", 1, "u", "abc", "codestages", Map.of(), Map.of());
        Path artifacts = temp.resolve("artifacts");

        BuildResult result = new BuildRunner(listener).run(buildspec, source, temp.resolve("work"), settings, artifacts,
                "BuildOutput");

        assertThat(result.reports()).containsExactly(new TestReport("unit", "JUNITXML", 1, 2, 1, 0, 0));
        assertThat(result.artifacts()).containsExactly(artifacts.resolve("BuildOutput.zip"));
        try (var zip = new java.util.zip.ZipFile(artifacts.resolve("BuildOutput.zip").toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactly("app.txt");
        }
        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).isEqualTo("CLIENT_ERROR: no matching artifact paths found (artifact 'docs')");
    }

    @Test
    void aFailedPreBuildUploadsNoArtifact() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src"));
        Files.writeString(source.resolve("app.txt"), "app");
        Buildspec buildspec = new Buildspec(new YamlLoader().load("""
                version: 0.2
                phases:
                  pre_build:
                    commands: [exit 1]
                artifacts:
                  files: [app.txt]
                """.getBytes(StandardCharsets.UTF_8)).rootMapping());
        BuildSettings settings = new BuildSettings("demo", 1, "u", "abc", "codestages", Map.of(), Map.of());
        BuildResult result = new BuildRunner(listener).run(buildspec, source, temp.resolve("work"), settings,
                temp.resolve("artifacts"), "BuildOutput");
        assertThat(result.artifacts()).isEmpty();
        assertThat(temp.resolve("artifacts")).doesNotExist();
    }

    /** The findings of one rule when the linter reads the same text, as "ID line:column message". */
    private static List<String> lintFindings(String yaml, String rule) {
        List<String> texts = new java.util.ArrayList<>();
        for (Finding finding : new Linter().lintBytes("buildspec.yml", yaml.getBytes(StandardCharsets.UTF_8),
                FileKind.BUILDSPEC).findings()) {
            if (finding.rule().equals(rule)) {
                texts.add(finding.rule() + " " + finding.line() + ":" + finding.column() + " " + finding.message());
            }
        }
        return texts;
    }

    @Test
    void aCommandReadAsAMappingFailsTheBuildAtItsPhaseWithTheLintersFinding() throws Exception {
        String yaml = """
                version: 0.2
                phases:
                  install:
                    commands:
                      - echo installed
                  build:
                    commands:
                      - echo before
                      - echo Build status: done
                  post_build:
                    commands:
                      - echo after
                """;
        BuildResult result = run(yaml);

        List<String> lint = lintFindings(yaml, "BS009");
        assertThat(lint).containsExactly("BS009 9:9 'phases.build.commands[1]' is read as a mapping, not a command:"
                + " the ': ' after 'echo Build status' makes it a key");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).isEqualTo("YAML_FILE_ERROR: " + lint.get(0));
        assertThat(result.phases()).extracting(PhaseResult::name, PhaseResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("install", StepStatus.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple("build", StepStatus.FAILED),
                org.assertj.core.groups.Tuple.tuple("post_build", StepStatus.SKIPPED));
        // nothing of the refused phase runs: CodeBuild does not play a file it cannot read
        assertThat(result.phases().get(1).commands()).isEmpty();
        assertThat(listener.events).doesNotContain("output build: before");
    }

    @Test
    void aMappingInFinallyFailsThePhaseToo() throws Exception {
        BuildResult result = run("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - echo ok
                    finally:
                      - curl -H Content-Type: json
                """);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).startsWith("YAML_FILE_ERROR: BS009 7:9 'phases.build.finally[0]' is read as a"
                + " mapping");
    }

    @Test
    void aCommandReadAsAListFailsThePhaseWithTheLintersFinding() throws Exception {
        String yaml = """
                version: 0.2
                phases:
                  build:
                    commands:
                      - [echo, a]
                """;
        BuildResult result = run(yaml);

        assertThat(lintFindings(yaml, "BS008")).containsExactly("BS008 5:9 'phases.build.commands[0]' must be a"
                + " string, found a list");
        assertThat(result.failure()).isEqualTo("YAML_FILE_ERROR: " + lintFindings(yaml, "BS008").get(0));
    }

    @Test
    void aNullCommandItemRunsNothingAndTheBuildGoesOn() throws Exception {
        String yaml = """
                version: 0.2
                phases:
                  build:
                    commands:
                      - # npm test
                      - echo built
                """;
        BuildResult result = run(yaml);

        assertThat(lintFindings(yaml, "BS010")).singleElement().asString().startsWith("BS010 5:7 ");
        assertThat(result.succeeded()).isTrue();
        assertThat(result.phases().get(0).commands()).extracting(CommandResult::command).containsExactly("echo built");
        assertThat(listener.events).contains("note build: 'phases.build.commands[0]' at 5:7 is an empty item (null,"
                + " BS010): nothing to run");
    }

    @ParameterizedTest(name = "on-failure {0}")
    @CsvSource({"abort, SKIPPED", "Continue, SUCCEEDED", "ABORT, SKIPPED", "CONTINUE, SUCCEEDED"})
    void onFailureIsReadInAnyCaseAsTheLinterReadsIt(String value, StepStatus postBuild) throws Exception {
        String yaml = """
                version: 0.2
                phases:
                  build:
                    on-failure: %s
                    commands:
                      - exit 1
                  post_build:
                    commands:
                      - echo post
                """.formatted(value);
        BuildResult result = run(yaml);

        assertThat(result.phases()).extracting(PhaseResult::status).containsExactly(StepStatus.FAILED, postBuild);
        // the linter reads the same value as a documented form: no BS040, at most BS041's case warning
        assertThat(lintFindings(yaml, "BS040")).isEmpty();
        assertThat(lintFindings(yaml, "BS041")).hasSize(value.equals(value.toUpperCase()) ? 0 : 1);
    }

    @Test
    void anOnFailureValueTheLinterRejectsFailsThePhaseWithTheLintersFinding() throws Exception {
        String yaml = """
                version: 0.2
                phases:
                  install:
                    on-failure: ABORT | CONTINUE
                    commands:
                      - echo never
                  build:
                    commands:
                      - echo never either
                """;
        BuildResult result = run(yaml);

        List<String> lint = lintFindings(yaml, "BS040");
        assertThat(lint).hasSize(1);
        assertThat(result.failure()).isEqualTo("YAML_FILE_ERROR: " + lint.get(0));
        assertThat(result.phases()).extracting(PhaseResult::status)
                .containsExactly(StepStatus.FAILED, StepStatus.SKIPPED);
    }

    @Test
    void aRetryRegexRetriesOnlyWhenTheErrorMessageMatches() throws Exception {
        BuildResult result = run("""
                version: 0.2
                phases:
                  build:
                    on-failure: RETRY-2-exit status 7
                    commands:
                      - echo x >> attempts
                      - exit 3
                """);
        assertThat(result.succeeded()).isFalse();
        assertThat(listener.events).filteredOn(e -> e.startsWith("start build")).hasSize(1);
    }

    /** A build phase that succeeds, for the artifact tests. */
    private static final String BUILD_OK = "version: 0.2\nphases:\n  build:\n    commands: [echo ok]\n";

    /** Runs the build in {@code src} with these files, packing into {@code artifacts}. */
    private BuildResult runPacking(String yaml, String... files) throws IOException, InterruptedException {
        Path source = Files.createDirectories(temp.resolve("src"));
        for (String file : files) {
            Path path = source.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
        Buildspec buildspec = new Buildspec(new YamlLoader().load(yaml.getBytes(StandardCharsets.UTF_8)).rootMapping());
        BuildSettings settings = new BuildSettings("demo", 1, "u", "abc", "codestages", Map.of(), Map.of());
        return new BuildRunner(listener).run(buildspec, source, temp.resolve("work"), settings,
                temp.resolve("artifacts"), "BuildOutput");
    }

    /** The file names in a zip of the artifact folder. */
    private List<String> zipped(String zipName) throws IOException {
        try (var zip = new java.util.zip.ZipFile(temp.resolve("artifacts").resolve(zipName).toFile())) {
            return zip.stream().filter(e -> !e.isDirectory()).map(java.util.zip.ZipEntry::getName).toList();
        }
    }

    @ParameterizedTest(name = "discard-paths: {0}")
    @CsvSource(delimiter = ';', value = {"yes; app.txt", "on; app.txt", "\"yes\"; app.txt", "\"true\"; app.txt",
            "\"on\"; out/app.txt", "no; out/app.txt", "\"no\"; out/app.txt"})
    void discardPathsIsReadAsTheModelSettledIt(String value, String entry) throws Exception {
        runPacking(BUILD_OK + """
                artifacts:
                  files: ['out/*']
                  discard-paths: %s
                """.formatted(value), "out/app.txt");

        assertThat(zipped("BuildOutput.zip")).containsExactly(entry);
    }

    @Test
    void eachSecondaryArtifactIsAZipNamedByItsIdentifier() throws Exception {
        BuildResult result = runPacking(BUILD_OK + """
                artifacts:
                  secondary-artifacts:
                    binaries:
                      files: [app.jar]
                    site:
                      base-directory: docs
                      files: [api]
                """, "app.jar", "docs/api/index.html");

        // no 'files' in the primary section: only the secondary artifacts are written
        assertThat(result.artifacts()).containsExactly(temp.resolve("artifacts/binaries.zip"),
                temp.resolve("artifacts/site.zip"));
        // a folder name carries its contents
        assertThat(zipped("site.zip")).containsExactly("api/index.html");
    }

    @Test
    void enableSymlinksSaysThatLinksArePackedAsFiles() throws Exception {
        runPacking(BUILD_OK + """
                artifacts:
                  files: [app.txt]
                  enable-symlinks: yes
                """, "app.txt");

        assertThat(listener.events).contains("note UPLOAD_ARTIFACTS: BuildOutput: enable-symlinks is not played"
                + " locally; links inside the build folder are packed as the files they point to");
        assertThat(zipped("BuildOutput.zip")).containsExactly("app.txt");
    }

    @ParameterizedTest
    @CsvSource({"../escaped", "sub/../../escaped", "/tmp/escaped"})
    void aSecondaryArtifactIdentifierTheLinterFlagsWritesNothingAndFailsTheUpload(String identifier) throws Exception {
        BuildResult result = runPacking(BUILD_OK + """
                artifacts:
                  secondary-artifacts:
                    "%s":
                      files: [app.jar]
                """.formatted(identifier), "app.jar");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).isEqualTo("CLIENT_ERROR: artifact name '" + identifier + "' is not a valid"
                + " identifier (letters, digits, '_' and '-' only; BS072): nothing written outside the artifact store");
        assertThat(temp.resolve("escaped.zip")).doesNotExist();
        assertThat(result.artifacts()).isEmpty();
    }

    /** A 0.2 build with one parameter-store variable, given {@code value} locally, that runs {@code commands}. */
    private BuildResult runWithParameter(String variable, String value, String... commands)
            throws IOException, InterruptedException {
        StringBuilder yaml = new StringBuilder("version: 0.2\nenv:\n  parameter-store:\n    " + variable
                + ": /prod/" + variable + "\nphases:\n  build:\n    commands:\n");
        for (String command : commands) {
            yaml.append("      - ").append(command).append('\n');
        }
        return run(yaml.toString(), Map.of("/prod/" + variable, value));
    }

    @Test
    void theSavedShellStateIsPrivateHoldsNoSecretAndIsGoneWhenTheBuildEnds() throws Exception {
        Path state = temp.resolve("work/shell");
        BuildResult result = runWithParameter("DB_PASSWORD", "s3cr3t-pw",
                "export OTHER=1",
                "stat -c 'mode=%a' '" + state + "/env'",
                "if grep -q s3cr3t-pw '" + state + "/env'; then echo secret-saved; else echo secret-not-saved; fi",
                "echo \"still set=${#DB_PASSWORD} other=$OTHER\"");

        assertThat(result.succeeded()).isTrue();
        assertThat(listener.outputOf("build")).contains("mode=600", "secret-not-saved", "still set=9 other=1");
        assertThat(state).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bash", "sh"})
    void aSecretCopiedIntoAnotherVariableIsNotSavedYetTheCopyLivesOn(String shell) throws Exception {
        Path state = temp.resolve("work/shell");
        String value = "s3cr3t-\"$`\\'pw";
        String yaml = "version: 0.2\nenv:\n  shell: " + shell + "\n  parameter-store:\n    DB_PASSWORD: /prod/db\n"
                + "phases:\n  build:\n    commands:\n"
                + "      - export COPY=\"before-$DB_PASSWORD-after\" PLAIN=kept\n"
                + "      - if grep -q s3cr3t '" + state + "/env'; then echo secret-saved; else echo secret-not-saved; fi\n"
                + "      - test \"$COPY\" = \"before-$DB_PASSWORD-after\" && echo copy-intact=$PLAIN\n";
        BuildResult result = run(yaml, Map.of("/prod/db", value));

        assertThat(result.succeeded()).as(String.join("\n", listener.outputOf("build"))).isTrue();
        assertThat(listener.outputOf("build")).contains("secret-not-saved", "copy-intact=kept");
    }

    @Test
    void everyLineOfAMultiLineSecretIsMaskedWhereverItIsPrinted() throws Exception {
        String key = "-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\nAASCBKcwggSjAgEAAoIBAQC7\n-----END KEY-----";
        BuildResult result = runWithParameter("KEY", key,
                "printf '%s\\n' \"$KEY\"",
                "printf 'x%sy\\n' \"$KEY\" | tail -n 2");

        assertThat(result.succeeded()).isTrue();
        assertThat(String.join("\n", listener.output)).doesNotContain("MIIEvQIBADANBgkqhkiG9w0BAQEF")
                .doesNotContain("AASCBKcwggSjAgEAAoIBAQC7");
        assertThat(listener.outputOf("build")).contains("***", "***y");
    }

    @Test
    void aSecretTooShortToMaskIsReportedInsteadOfSilentlyPrinted() throws Exception {
        runWithParameter("PIN", "42", "echo ok");

        assertThat(listener.events).contains("note DOWNLOAD_SOURCE: the value of PIN has fewer than "
                + OutputMasker.MINIMUM_LENGTH + " characters: it cannot be masked and shows in clear in the output");
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void anInterruptRecordsTheRunningPhaseAsStoppedRunsNothingMoreRemovesTheShellStateAndIsPassedOn() throws Exception {
        Path started = temp.resolve("started");
        Throwable thrown = InterruptedRun.interruptOnce(started, () -> run("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - touch '%s'; sleep 600
                  post_build:
                    commands:
                      - echo never
                """.formatted(started)));

        // the thread's caller (a Jenkins step) learns of the interrupt; the phase is recorded as stopped first
        assertThat(thrown).isInstanceOf(InterruptedException.class)
                .hasMessage("build stopped: codestages was interrupted");
        assertThat(listener.events).contains("end build STOPPED", "note post_build: skipped: the build was stopped");
        assertThat(listener.output).doesNotContain("post_build| never");
        assertThat(temp.resolve("work/shell")).doesNotExist();
    }

    @Test
    void aBuildPastItsTimeoutIsStoppedAndRunsNothingMore() throws Exception {
        Path source = Files.createDirectories(temp.resolve("src"));
        Buildspec buildspec = new Buildspec(new YamlLoader().load("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - sleep 600
                    finally:
                      - echo never-finally
                  post_build:
                    commands:
                      - echo never-post
                artifacts:
                  files: ['**/*']
                """.getBytes(StandardCharsets.UTF_8)).rootMapping());
        BuildSettings settings = new BuildSettings("demo", 1, "u", "abc", "codestages", Map.of(), Map.of());

        BuildResult result = new BuildRunner(listener).timeout(java.time.Duration.ofSeconds(1)).run(buildspec, source,
                temp.resolve("work"), settings, temp.resolve("artifacts"), "BuildOutput");

        assertThat(result.succeeded()).isFalse();
        assertThat(result.failure()).isEqualTo("BUILD_TIMED_OUT: the build ran past its timeout of 1 seconds;"
                + " the command was stopped: sleep 600");
        // CodeBuild's phase status for this is TIMED_OUT (API BuildPhase.phaseStatus), not FAILED
        assertThat(result.phases()).extracting(PhaseResult::status).containsExactly(StepStatus.TIMED_OUT,
                StepStatus.SKIPPED);
        assertThat(result.timedOutPhase()).isEqualTo("build");
        assertThat(String.join("\n", listener.output)).doesNotContain("never");
        assertThat(result.artifacts()).isEmpty();
    }
}
