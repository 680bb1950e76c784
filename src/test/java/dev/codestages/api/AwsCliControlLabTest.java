package dev.codestages.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second half of the lab in docs/aws-api.md, with the real {@code aws} CLI: a deployment that fails while
 * the instance is in maintenance, inspected and retried; a disabled transition that holds an execution until it
 * is enabled; an execution stopped at its approval. Every answer is checked against the botocore model.
 */
class AwsCliControlLabTest {

    @TempDir
    Path temp;

    private AwsCli aws;
    private AwsCliLab lab;

    @BeforeEach
    void labProject() throws Exception {
        lab = AwsCliLab.in(temp);
        aws = lab.aws;
    }

    /** Every answer of the test, as sent, fits the botocore model of its operation. */
    @AfterEach
    void everyAnswerFitsTheBotocoreModel() throws IOException {
        assertThat(lab.violations()).isEmpty();
    }

    @Test
    void aDeploymentThatFailedWhileTheInstanceWasInMaintenanceIsRetriedAndSucceeds() throws Exception {
        // the default deployment group's one instance: <instance folder>/<application>/<group>/i-1
        Path instance = temp.resolve("instance/demo/local/i-1");
        Files.createDirectories(instance);
        Files.writeString(instance.resolve("maintenance"), "until the retry");
        String id = aws.ok("codepipeline", "start-pipeline-execution", "--name", "demo").path("pipelineExecutionId").asText();
        String token = aws.await(state -> AwsCli.approvalToken(state) != null, "the approval to wait", "codepipeline", "get-pipeline-state", "--name", "demo")
                .path("stageStates").get(2).path("actionStates").get(0).path("latestExecution").path("token").asText();
        aws.ok("codepipeline", "put-approval-result", "--pipeline-name", "demo", "--stage-name", "Approval",
                "--action-name", "Approve", "--result", "summary=ship it,status=Approved", "--token", token);
        assertThat(awaitEnd(id).path("status").asText()).isEqualTo("Failed");

        JsonNode deployAction = aws.ok("codepipeline", "get-pipeline-state", "--name", "demo").path("stageStates").get(3)
                .path("actionStates").get(0).path("latestExecution");
        String deploymentId = deployAction.path("externalExecutionId").asText();
        JsonNode deployment = aws.ok("deploy", "get-deployment", "--deployment-id", deploymentId).path("deploymentInfo");
        assertThat(deployment.path("status").asText()).isEqualTo("Failed");
        assertThat(deployment.path("errorInformation").path("code").asText()).isEqualTo("HEALTH_CONSTRAINTS");
        String target = aws.ok("deploy", "list-deployment-targets", "--deployment-id", deploymentId).path("targetIds")
                .get(0).asText();
        JsonNode events = aws.ok("deploy", "batch-get-deployment-targets", "--deployment-id", deploymentId,
                "--target-ids", target).path("deploymentTargets").get(0).path("instanceTarget").path("lifecycleEvents");
        JsonNode validate = null;
        for (JsonNode event : events) {
            validate = event.path("lifecycleEventName").asText().equals("ValidateService") ? event : validate;
        }
        assertThat(validate.path("status").asText()).isEqualTo("Failed");
        assertThat(validate.path("diagnostics").path("errorCode").asText()).isEqualTo("ScriptFailed");
        assertThat(validate.path("diagnostics").path("scriptName").asText()).isEqualTo("scripts/validate.sh");
        assertThat(validate.path("diagnostics").path("logTail").asText()).contains("instance in maintenance");

        Files.delete(instance.resolve("maintenance"));
        assertThat(aws.ok("codepipeline", "retry-stage-execution", "--pipeline-name", "demo", "--stage-name", "Deploy",
                "--pipeline-execution-id", id, "--retry-mode", "FAILED_ACTIONS").path("pipelineExecutionId").asText())
                .isEqualTo(id);
        assertThat(awaitEnd(id).path("status").asText()).isEqualTo("Succeeded");
        AwsCli.Result again = aws.run("codepipeline", "retry-stage-execution", "--pipeline-name", "demo", "--stage-name",
                "Deploy", "--pipeline-execution-id", id, "--retry-mode", "FAILED_ACTIONS");
        assertThat(again.err()).contains("StageNotRetryableException");
    }

    @Test
    void aDisabledTransitionHoldsTheExecutionUntilItIsEnabledAndAStopEndsItAtTheApproval() throws Exception {
        aws.ok("codepipeline", "disable-stage-transition", "--pipeline-name", "demo", "--stage-name", "Build",
                "--transition-type", "Inbound", "--reason", "hold for review");
        String id = aws.ok("codepipeline", "start-pipeline-execution", "--name", "demo").path("pipelineExecutionId").asText();

        JsonNode held = aws.await(state -> "Succeeded".equals(state.path("stageStates").get(0).path("latestExecution")
                .path("status").asText()), "the source stage to end", "codepipeline", "get-pipeline-state", "--name", "demo");
        JsonNode build = held.path("stageStates").get(1);
        assertThat(build.path("inboundTransitionState").path("enabled").asBoolean()).isFalse();
        assertThat(build.path("inboundTransitionState").path("disabledReason").asText()).isEqualTo("hold for review");
        assertThat(build.has("latestExecution")).isFalse();
        assertThat(aws.ok("codepipeline", "get-pipeline-execution", "--pipeline-name", "demo", "--pipeline-execution-id", id)
                .path("pipelineExecution").path("status").asText()).isEqualTo("InProgress");

        aws.ok("codepipeline", "enable-stage-transition", "--pipeline-name", "demo", "--stage-name", "Build",
                "--transition-type", "Inbound");
        aws.await(state -> AwsCli.approvalToken(state) != null, "the approval to wait", "codepipeline", "get-pipeline-state", "--name", "demo");
        aws.ok("codepipeline", "stop-pipeline-execution", "--pipeline-name", "demo", "--pipeline-execution-id", id,
                "--abandon", "--reason", "end of the lab");
        assertThat(awaitEnd(id).path("status").asText()).isEqualTo("Stopped");
        assertThat(aws.run("codepipeline", "stop-pipeline-execution", "--pipeline-name", "demo",
                "--pipeline-execution-id", id).err()).contains("PipelineExecutionNotStoppableException");
    }

    private JsonNode awaitEnd(String id) throws Exception {
        return aws.await(answer -> !answer.path("pipelineExecution").path("status").asText().equals("InProgress"),
                "the execution to end", "codepipeline", "get-pipeline-execution", "--pipeline-name", "demo",
                "--pipeline-execution-id", id).path("pipelineExecution");
    }
}
