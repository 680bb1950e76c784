package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests the S3 deploy and Lambda invoke players on real executions in a throwaway git repository: a local
 * command stands for the function, its output variables reach a later action's configuration, and the site is
 * extracted (or copied as one object) into the local bucket folder and nowhere else.
 */
class PublishAndInvokeTest {

    @TempDir
    Path temp;

    private Path repo;

    @BeforeEach
    void site() throws Exception {
        repo = temp.resolve("site");
        GitRepos.init(repo);
        Files.createDirectories(repo.resolve("css"));
        Files.writeString(repo.resolve("index.html"), "<h1>hello</h1>\n", StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("css/site.css"), "h1 {}\n", StandardCharsets.UTF_8);
        Files.copy(getClass().getResourceAsStream("publish-pipeline.yml"), repo.resolve("pipeline.yml"));
        GitRepos.commitAll(repo, "a static site");
    }

    private ExecutionState run(Map<String, String> functions) throws Exception {
        Path file = repo.resolve("pipeline.yml");
        ExecutionSetup setup = new ExecutionSetup(repo, null, file, temp.resolve("instances"), Map.of(), Map.of(),
                new ActionOptions(List.of(), null, null, false, functions));
        return new ExecutionEngine(temp.resolve("store"), EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z")),
                new RecordingListener(), Map.of(), ApprovalDecider.PENDING)
                .start(PipelineFiles.read(file, "pipeline.yml"), setup, Map.of());
    }

    private String gate(String answer) {
        return "cat > '" + temp.resolve("event.json") + "'; echo \"$USER_PARAMETERS\" > '" + temp.resolve("params.txt")
                + "'; " + answer;
    }

    @Test
    void theFunctionsOutputVariablesReachTheS3DeployThatExtractsUnderThatPrefix() throws Exception {
        ExecutionState execution = run(Map.of("gate", gate(
                "echo checking >&2; echo '{\"outputVariables\": {\"Prefix\": \"v-main\", \"Count\": 3}}'")));

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(execution.action("Check/Gate").orElseThrow().outputVariables()).containsExactly(
                Map.entry("Prefix", "v-main"));
        assertThat(execution.variables()).containsEntry("GateVariables.Prefix", "v-main");
        Path bucket = temp.resolve("store/s3/classroom-site");
        assertThat(bucket.resolve("v-main/index.html")).hasContent("<h1>hello</h1>");
        assertThat(bucket.resolve("v-main/css/site.css")).hasContent("h1 {}");
        assertThat(bucket.resolve("archive/site.zip")).hasSameBinaryContentAs(execution.artifacts().get("Src"));
        assertThat(temp.resolve("params.txt")).hasContent("branch=main");
        assertThat(Files.readString(temp.resolve("event.json"))).contains("{\"CodePipeline.job\":{\"id\":",
                "\"actionConfiguration\":{\"configuration\":{", "\"UserParameters\":\"branch=main\"",
                "\"inputArtifacts\":[{\"name\":\"Src\",\"revision\":null,\"location\":{\"type\":\"S3\"")
                .doesNotContain("artifactCredentials");
    }

    @Test
    void aFunctionWithoutACommandFailsLoudlyAndNamesTheOption() throws Exception {
        ExecutionState execution = run(Map.of());

        assertThat(execution.status()).isEqualTo(Status.FAILED);
        assertThat(execution.action("Check/Gate").orElseThrow().error().message()).isEqualTo("the Lambda function"
                + " 'gate' is not simulated locally; give --function gate=COMMAND, define it in the pipeline's template"
                + " with local code (or publish it with 'codestages lambda publish')");
        assertThat(temp.resolve("store/s3")).doesNotExist();
    }

    @Test
    void aFunctionThatExitsWithAnErrorFailsTheActionWithItsFailureDetails() throws Exception {
        ExecutionState execution = run(Map.of("gate", gate(
                "echo '{\"failureDetails\": {\"type\": \"JobFailed\", \"message\": \"branch not allowed\"}}'; exit 1")));

        assertThat(execution.action("Check/Gate").orElseThrow().error().message()).isEqualTo("branch not allowed");
        assertThat(execution.stage("Publish").status()).isNull();
    }

    @Test
    void anObjectKeyThatClimbsOutOfTheBucketIsRefusedAndNothingIsWrittenOutside() throws Exception {
        ExecutionState execution = run(Map.of("gate", gate("echo '{\"outputVariables\": {\"Prefix\": \"../../escape\"}}'")));

        assertThat(execution.action("Publish/Site").orElseThrow().error().message()).isEqualTo("ObjectKey"
                + " '../../escape' has an empty, '.' or '..' part: it cannot become a path inside the local bucket folder");
        assertThat(temp.resolve("escape")).doesNotExist();
        assertThat(temp.resolve("store/escape")).doesNotExist();
        // the sibling in the same runOrder still finished
        assertThat(temp.resolve("store/s3/classroom-site/archive/site.zip")).isRegularFile();
    }
}
