package dev.codestages.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codestages.engine.EngineClock;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.ExecutionStore;
import dev.codestages.pipeline.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link CodePipelineApi} in process, on the lab's sample app and a hand-moved engine clock: what the
 * CLI lab cannot reach quickly (an approval past its timeout, executions held or retried).
 */
class CodePipelineApiTest {

    @TempDir
    Path temp;

    private final EngineClock.Manual clock = EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z"));
    private final ObjectMapper json = new ObjectMapper();
    private ApiProject project;
    private CodePipelineApi api;

    @BeforeEach
    void labProject() throws Exception {
        Path repo = AwsCliLab.sampleApp(temp);
        project = new ApiProject(repo, null, temp.resolve("store"), temp.resolve("instance"), clock, Map.of());
        api = new CodePipelineApi(project);
    }

    private JsonNode call(String operation, String input) throws Exception {
        return json.readTree(ApiJsonWriter.write(api.call(operation, ApiInput.parse(input.getBytes(StandardCharsets.UTF_8)))));
    }

    private AwsApiError refusal(String operation, String input) {
        return catchThrowableOfType(() -> call(operation, input), AwsApiError.class);
    }

    /** Starts an execution and waits until its approval waits; the approval's token. */
    private String startAndAwaitApproval() throws Exception {
        String id = call("StartPipelineExecution", "{\"name\":\"demo\"}").path("pipelineExecutionId").asText();
        for (int attempt = 0; attempt < 1200; attempt++) {
            JsonNode approval = call("GetPipelineState", "{\"name\":\"demo\"}").path("stageStates").get(2)
                    .path("actionStates").get(0).path("latestExecution");
            if (approval.has("token") && approval.path("status").asText().equals("InProgress")) {
                return approval.path("token").asText();
            }
            Thread.sleep(50);
        }
        return fail("the approval never waited");
    }

    private ExecutionState latest() throws Exception {
        return new ExecutionStore(temp.resolve("store")).latest();
    }

    @Test
    void anApprovalPastItsTimeoutAnswersApprovalAlreadyCompletedAndTheExecutionFails() throws Exception {
        String token = startAndAwaitApproval();
        clock.advance(Duration.ofDays(8));

        AwsApiError error = refusal("PutApprovalResult", "{\"pipelineName\":\"demo\",\"stageName\":\"Approval\","
                + "\"actionName\":\"Approve\",\"token\":\"" + token + "\",\"result\":{\"summary\":\"late\",\"status\":\"Approved\"}}");

        assertThat(error.type()).isEqualTo("ApprovalAlreadyCompletedException");
        assertThat(error.getMessage()).contains("expired at 2026-01-08T00:00:00Z");
        ExecutionState execution = latest();
        assertThat(execution.status()).isEqualTo(Status.FAILED);
        assertThat(execution.action("Approval/Approve").orElseThrow().approval().decision()).isEqualTo("Expired");
    }

    @Test
    void anApprovalOfAnotherStageOrActionIsNotFound() throws Exception {
        assertThat(refusal("PutApprovalResult", "{\"pipelineName\":\"demo\",\"stageName\":\"Nope\",\"actionName\":\"Approve\","
                + "\"token\":\"t\",\"result\":{\"summary\":\"s\",\"status\":\"Approved\"}}").type())
                .isEqualTo("StageNotFoundException");
        assertThat(refusal("PutApprovalResult", "{\"pipelineName\":\"demo\",\"stageName\":\"Approval\",\"actionName\":\"Nope\","
                + "\"token\":\"t\",\"result\":{\"summary\":\"s\",\"status\":\"Approved\"}}").type())
                .isEqualTo("ActionNotFoundException");
    }
}
