package dev.codestages.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Tests the test-side checker {@link BotocoreModel}: it must catch what the CLI would misread. */
class BotocoreModelTest {

    private final BotocoreModel codepipeline = BotocoreModel.of("codepipeline");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFittingAnswerHasNoViolation() throws Exception {
        assertThat(codepipeline.check("PutApprovalResult", 200, json.readTree("{\"approvedAt\": 1767225600.5}"))).isEmpty();
    }

    @Test
    void aTimestampAsTextAnUnknownMemberAndAnUnknownEnumValueAreViolations() throws Exception {
        assertThat(codepipeline.check("PutApprovalResult", 200, json.readTree("{\"approvedAt\": \"2026-01-01T00:00:00Z\"}")))
                .containsExactly("PutApprovalResult.approvedAt: Timestamp must be epoch seconds (a number), is \"2026-01-01T00:00:00Z\"");
        assertThat(codepipeline.check("StartPipelineExecution", 200, json.readTree("{\"executionId\": \"x\"}")))
                .containsExactly("StartPipelineExecution.executionId: not a member of StartPipelineExecutionOutput");
        assertThat(codepipeline.check("GetPipelineExecution", 200,
                json.readTree("{\"pipelineExecution\": {\"status\": \"Rejected\"}}")))
                .singleElement().asString().contains("'Rejected' is not a value of PipelineExecutionStatus");
    }

    @Test
    void anErrorOutsideTheOperationsModelIsAViolation() throws Exception {
        assertThat(codepipeline.check("GetPipeline", 400, json.readTree("{\"__type\": \"PipelineNotFoundException\", \"message\": \"m\"}")))
                .isEmpty();
        assertThat(codepipeline.check("GetPipeline", 400, json.readTree("{\"__type\": \"NoSuchPipeline\", \"message\": \"m\"}")))
                .containsExactly("GetPipeline: error NoSuchPipeline is neither in its model nor a common error");
    }
}
