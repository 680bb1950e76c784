package dev.codestages.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codestages.cli.Codestages;
import dev.codestages.engine.EngineClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, part B: with the real {@code aws} CLI, a blue/green deployment that waits for its traffic to be
 * rerouted is in the record while it waits, so {@code aws deploy list-deployments} and {@code get-deployment} show
 * it ({@code Ready}, as GetDeployment says of a deployment waiting for ContinueDeployment:
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentInfo.html), and
 * {@code aws deploy continue-deployment} reroutes the traffic through the same request {@code codestages continue}
 * makes; the execution then succeeds. {@code aws deploy stop-deployment} stops such a deployment instead, and the
 * execution fails. The sample is {@code init --fleet blue-green} (a 30-minute reroute wait, a
 * 5-minute termination wait) on the engine's clock at 30 times real time, so the test waits by polling the API,
 * never on the wall clock. Every answer is checked against the botocore model.
 */
class AwsCliContinueDeploymentTest {

    @TempDir
    Path temp;

    private AwsCliLab lab;
    private AwsCli aws;

    @BeforeEach
    void blueGreenSample() throws Exception {
        Path app = temp.resolve("app");
        assertThat(Codestages.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("init", app.toString(), "--fleet", "blue-green")).isZero();
        lab = AwsCliLab.serving(temp, new ApiProject(app, app.resolve("pipeline.yml"), temp.resolve("store"),
                temp.resolve("store/instances"), EngineClock.system(30), Map.of()));
        aws = lab.aws;
    }

    /** Every answer of the test, as sent, fits the botocore model of its operation. */
    @AfterEach
    void everyAnswerFitsTheBotocoreModel() throws IOException {
        assertThat(lab.violations()).isEmpty();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void continueDeploymentReroutesTheTrafficOfADeploymentThatWaitsAndTheExecutionSucceeds() throws Exception {
        String execution = startAndApprove();

        JsonNode listed = aws.await(list -> list.path("deployments").size() == 1, "the deployment to be listed", "deploy",
                "list-deployments", "--application-name", "sample-app", "--deployment-group-name", "sample-fleet");
        String deploymentId = listed.path("deployments").get(0).asText();
        JsonNode waiting = aws.await(info -> info.path("deploymentInfo").path("status").asText().equals("Ready"),
                "the deployment to wait for its reroute", "deploy", "get-deployment", "--deployment-id", deploymentId)
                .path("deploymentInfo");
        assertThat(waiting.path("deploymentGroupName").asText()).isEqualTo("sample-fleet");
        assertThat(waiting.path("deploymentStyle").path("deploymentType").asText()).isEqualTo("BLUE_GREEN");
        assertThat(waiting.has("completeTime")).isFalse();
        assertThat(aws.ok("deploy", "list-deployments", "--include-only-statuses", "Ready").path("deployments")
                .get(0).asText()).isEqualTo(deploymentId);

        aws.ok("deploy", "continue-deployment", "--deployment-id", deploymentId, "--deployment-wait-type", "READY_WAIT");

        JsonNode ended = aws.await(answer -> !answer.path("pipelineExecution").path("status").asText().equals("InProgress"),
                "the execution to end", "codepipeline", "get-pipeline-execution", "--pipeline-name", "sample-app",
                "--pipeline-execution-id", execution).path("pipelineExecution");
        assertThat(ended.path("status").asText()).isEqualTo("Succeeded");
        JsonNode deployment = aws.ok("deploy", "get-deployment", "--deployment-id", deploymentId).path("deploymentInfo");
        assertThat(deployment.path("status").asText()).isEqualTo("Succeeded");
        assertThat(aws.run("deploy", "continue-deployment", "--deployment-id", deploymentId).err())
                .contains("DeploymentAlreadyCompletedException");
    }

    /**
     * {@code aws deploy stop-deployment --auto-rollback-enabled} on the deployment that waits for its reroute:
     * the answer is at once {@code Pending} (the stop is asynchronous, as in AWS: API_StopDeployment); the
     * deployment then ends Stopped, the pipeline's Deploy action fails with "Deployment ID was stopped" and the
     * execution fails; a second stop of the completed deployment answers DeploymentAlreadyCompletedException.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void stopDeploymentAnswersPendingAndTheStoppedDeploymentFailsTheExecution() throws Exception {
        String execution = startAndApprove();
        String deploymentId = aws.await(list -> list.path("deployments").size() == 1
                        && list.path("deployments").get(0).asText().startsWith("d-"), "the deployment to wait for its reroute",
                "deploy", "list-deployments", "--include-only-statuses", "Ready").path("deployments").get(0).asText();

        JsonNode stop = aws.ok("deploy", "stop-deployment", "--deployment-id", deploymentId, "--auto-rollback-enabled");

        assertThat(stop.path("status").asText()).isEqualTo("Pending");
        assertThat(stop.path("statusMessage").asText()).contains(deploymentId);
        JsonNode ended = aws.await(answer -> !answer.path("pipelineExecution").path("status").asText().equals("InProgress"),
                "the execution to end", "codepipeline", "get-pipeline-execution", "--pipeline-name", "sample-app",
                "--pipeline-execution-id", execution).path("pipelineExecution");
        assertThat(ended.path("status").asText()).isEqualTo("Failed");
        assertThat(aws.ok("deploy", "get-deployment", "--deployment-id", deploymentId).path("deploymentInfo")
                .path("status").asText()).isEqualTo("Stopped");
        JsonNode deploy = aws.ok("codepipeline", "get-pipeline-state", "--name", "sample-app").path("stageStates").get(3)
                .path("actionStates").get(0).path("latestExecution");
        assertThat(deploy.path("status").asText()).isEqualTo("Failed");
        assertThat(deploy.path("errorDetails").path("message").asText()).startsWith("Deployment " + deploymentId
                + " was stopped");
        assertThat(aws.run("deploy", "stop-deployment", "--deployment-id", deploymentId).err())
                .contains("DeploymentAlreadyCompletedException");
    }

    /** Starts an execution of the sample and approves it with the token get-pipeline-state gives; its id. */
    private String startAndApprove() throws Exception {
        String execution = aws.ok("codepipeline", "start-pipeline-execution", "--name", "sample-app")
                .path("pipelineExecutionId").asText();
        String token = aws.await(state -> AwsCli.approvalToken(state) != null, "the approval to wait", "codepipeline",
                "get-pipeline-state", "--name", "sample-app").path("stageStates").get(2).path("actionStates").get(0)
                .path("latestExecution").path("token").asText();
        aws.ok("codepipeline", "put-approval-result", "--pipeline-name", "sample-app", "--stage-name", "Approve",
                "--action-name", "Approve", "--result", "summary=ship it,status=Approved", "--token", token);
        return execution;
    }

}
