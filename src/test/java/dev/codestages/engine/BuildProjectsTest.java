package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests CodeBuild actions played as builds of their projects: the {@code AWS::CodeBuild::Project} of the
 * template gives the buildspec (a path or inline), the environment and the timeout; several input
 * artifacts are laid out as CodeBuild does; a build past its time limit fails as TIMED_OUT.
 */
class BuildProjectsTest {

    @TempDir
    Path temp;

    private Path repo;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void repository() throws Exception {
        repo = temp.resolve("app");
        GitRepos.init(repo);
        write(repo, "buildspec.yml", """
                version: 0.2
                phases:
                  build:
                    commands:
                      - echo "default buildspec ran"
                      - 'if [ -n "$CODEBUILD_SRC_DIR_Lib" ]; then echo "lib says $(cat "$CODEBUILD_SRC_DIR_Lib/lib.txt")"; fi'
                """);
        write(repo, "ci/build.yml", """
                version: 0.2
                phases:
                  build:
                    commands:
                      - echo "ci/build.yml ran with STAGE=$STAGE TOKEN=$TOKEN MODE=$MODE"
                """);
        write(repo, "ci/slow.yml", """
                version: 0.2
                phases:
                  install:
                    commands:
                      - echo installing
                  build:
                    commands:
                      - sleep 60
                  post_build:
                    commands:
                      - echo never
                """);
        GitRepos.commitAll(repo, "app");
    }

    private static void write(Path folder, String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A template with the projects and a pipeline whose Build stage holds {@code buildActions}. */
    private Path template(String buildActions) throws IOException {
        Path file = temp.resolve("template.yml");
        String text = new String(getClass().getResourceAsStream("build-projects-template.yml").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(file, text.formatted(buildActions.indent(12).stripTrailing()), StandardCharsets.UTF_8);
        return file;
    }

    private static String build(String name, String configuration, String inputs) {
        return """
                - Name: %s
                  ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1"}
                  Configuration: %s
                  InputArtifacts: [%s]
                """.formatted(name, configuration, inputs);
    }

    private ExecutionState run(Path template, Duration buildTimeout) throws Exception {
        Path library = temp.resolve("lib");
        write(library, "lib.txt", "hello from the library");
        ExecutionSetup setup = new ExecutionSetup(repo, null, template, temp.resolve("instance"), true, Map.of(), Map.of(),
                new LocalInputs(Map.of(), Map.of("Source/Library", library), buildTimeout));
        return new ExecutionEngine(temp.resolve("store"), EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z")),
                listener, Map.of("/app/token", "s3cr3t-token"), ApprovalDecider.PENDING)
                .start(PipelineFiles.read(template, "template.yml"), setup, Map.of());
    }

    private static ActionState action(ExecutionState execution, String step) {
        return execution.action(step).orElseThrow();
    }

    @Test
    void theProjectsBuildspecPathAndEnvironmentVariablesAreUsedWithSecretsMasked() throws Exception {
        ExecutionState execution = run(template(build("ByName", "{ProjectName: path-project}", "{Name: Src}")), null);

        assertThat(action(execution, "Build/ByName").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(listener.outputOf("Build/ByName/build"))
                .containsExactly("ci/build.yml ran with STAGE=test TOKEN=*** MODE=project");
        assertThat(String.join("\n", listener.events)).contains("note Build/ByName: buildspec: ci/build.yml, from project"
                + " PathProject's BuildSpec", "note Build/ByName: build timeout: 15 minutes (project PathProject's"
                + " TimeoutInMinutes)");
    }

    @Test
    void theActionsEnvironmentVariablesGoOverTheProjects() throws Exception {
        ExecutionState execution = run(template(build("Override", "{ProjectName: path-project, EnvironmentVariables:"
                + " '[{\"name\":\"MODE\",\"value\":\"action\"}]'}", "{Name: Src}")), null);

        assertThat(action(execution, "Build/Override").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(listener.outputOf("Build/Override/build"))
                .containsExactly("ci/build.yml ran with STAGE=test TOKEN=*** MODE=action");
    }

    @Test
    void anInlineBuildspecOfAProjectNamedByRefIsRun() throws Exception {
        ExecutionState execution = run(template(build("Inline", "{ProjectName: !Ref InlineProject}", "{Name: Src}")), null);

        assertThat(action(execution, "Build/Inline").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(listener.outputOf("Build/Inline/build")).containsExactly("inline buildspec ran");
    }

    @Test
    void aProjectTheTemplateDoesNotDefineRunsBuildspecYmlAtThePrimarySourcesRoot() throws Exception {
        ExecutionState execution = run(template(build("Elsewhere", "{ProjectName: defined-elsewhere}", "{Name: Src}")), null);

        assertThat(action(execution, "Build/Elsewhere").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(listener.outputOf("Build/Elsewhere/build")).containsExactly("default buildspec ran");
    }

    @Test
    void secondaryInputArtifactsAreLaidOutAsCodebuildSrcDirOfTheirName() throws Exception {
        ExecutionState execution = run(template(build("Both", "{ProjectName: defined-elsewhere, PrimarySource: Src}",
                "{Name: Lib}, {Name: Src}")), null);

        assertThat(action(execution, "Build/Both").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(listener.outputOf("Build/Both/build")).containsExactly("default buildspec ran",
                "lib says hello from the library");
    }

    @Test
    void severalInputArtifactsWithoutPrimarySourceFailTheAction() throws Exception {
        ExecutionState execution = run(template(build("Both", "{ProjectName: defined-elsewhere}",
                "{Name: Src}, {Name: Lib}")), null);

        assertThat(action(execution, "Build/Both").status()).isEqualTo(Status.FAILED);
        assertThat(action(execution, "Build/Both").error().message()).isEqualTo("Invalid action configuration:"
                + " PrimarySource is required when a CodeBuild action has more than one input artifact (Src, Lib)");
    }

    @Test
    void aBuildPastItsTimeoutIsStoppedAndFailsTheActionAsTimedOut() throws Exception {
        ExecutionState execution = run(template(build("Slow", "{ProjectName: slow}", "{Name: Src}")),
                Duration.ofSeconds(1));

        ActionState slow = action(execution, "Build/Slow");
        assertThat(slow.status()).isEqualTo(Status.FAILED);
        assertThat(slow.error().message()).isEqualTo("Build terminated with state: TIMED_OUT. Phase: BUILD, Message:"
                + " BUILD_TIMED_OUT: the build ran past its timeout of 1 seconds; the command was stopped: sleep 60");
        assertThat(slow.phases()).extracting(ActionState.Phase::name, ActionState.Phase::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("install", "Succeeded"),
                        org.assertj.core.groups.Tuple.tuple("build", "TimedOut"),
                        org.assertj.core.groups.Tuple.tuple("post_build", "Skipped"));
        assertThat(listener.output).noneMatch(line -> line.endsWith("| never"));
    }

    @Test
    void batchBuildsAreNotPlayedAndSaySo() throws Exception {
        ExecutionState execution = run(template(build("Batch", "{ProjectName: path-project, BatchEnabled: \"true\"}",
                "{Name: Src}")), null);

        assertThat(action(execution, "Build/Batch").error().message()).isEqualTo("batch builds (BatchEnabled: true) are"
                + " not simulated locally; stand in for the action with --stub Build/Batch=succeed or =fail");
    }
}
