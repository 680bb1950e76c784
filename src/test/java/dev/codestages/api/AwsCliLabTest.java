package dev.codestages.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.codestages.engine.ExecutionStore;
import dev.codestages.run.GitRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab of docs/aws-api.md, typed with the real {@code aws} CLI against {@link AwsApiHandler}: list the
 * pipeline, start an execution, watch get-pipeline-state until the approval waits, approve with its token,
 * see the execution succeed, then inspect the deployment and the build. Every answer that went over the wire
 * is checked against the botocore model the CLI parses it with.
 */
class AwsCliLabTest {

    @TempDir
    Path temp;

    private Path repo;
    private ApiTestServer server;
    private ApiCredentials credentials;
    private AwsCli aws;
    private AwsCliLab lab;

    @BeforeEach
    void labProject() throws Exception {
        lab = AwsCliLab.in(temp);
        repo = lab.repo;
        server = lab.server;
        credentials = lab.credentials;
        aws = lab.aws;
    }

    /** Every answer of the test, as sent, fits the botocore model of its operation. */
    @AfterEach
    void everyAnswerFitsTheBotocoreModel() throws IOException {
        assertThat(lab.violations()).isEmpty();
    }

    @Test
    void theLabStartsWaitsAtTheApprovalIsApprovedWithTheTokenDeploysAndShowsTheBuildAndTheDeployment() throws Exception {
        assertThat(aws.ok("codepipeline", "list-pipelines").path("pipelines").get(0).path("name").asText()).isEqualTo("demo");
        JsonNode declaration = aws.ok("codepipeline", "get-pipeline", "--name", "demo");
        assertThat(declaration.findValuesAsText("name")).contains("Source", "Build", "Approval", "Deploy");
        assertThat(declaration.path("metadata").path("pipelineArn").asText())
                .isEqualTo("arn:aws:codepipeline:us-east-1:000000000000:demo");

        String id = aws.ok("codepipeline", "start-pipeline-execution", "--name", "demo").path("pipelineExecutionId").asText();
        assertThat(ExecutionStore.isId(id)).isTrue();

        JsonNode approval = awaitApproval(id);
        String token = approval.path("latestExecution").path("token").asText();
        assertThat(token).isNotBlank();

        AwsCli.Result wrongToken = aws.run("codepipeline", "put-approval-result", "--pipeline-name", "demo",
                "--stage-name", "Approval", "--action-name", "Approve", "--result", "summary=looks good,status=Approved",
                "--token", "00000000-0000-0000-0000-000000000000");
        assertThat(wrongToken.exitCode()).isNotZero();
        assertThat(wrongToken.err()).contains("InvalidApprovalTokenException");

        JsonNode approved = aws.ok("codepipeline", "put-approval-result", "--pipeline-name", "demo",
                "--stage-name", "Approval", "--action-name", "Approve", "--result", "summary=looks good,status=Approved",
                "--token", token);
        assertThat(approved.has("approvedAt")).isTrue();

        JsonNode execution = awaitEnd(id);
        assertThat(execution.path("status").asText()).isEqualTo("Succeeded");
        assertThat(execution.path("artifactRevisions").get(0).path("revisionId").asText())
                .isEqualTo(GitRepos.git(repo, "rev-parse", "HEAD"));

        AwsCli.Result again = aws.run("codepipeline", "put-approval-result", "--pipeline-name", "demo",
                "--stage-name", "Approval", "--action-name", "Approve", "--result", "summary=twice,status=Approved",
                "--token", token);
        assertThat(again.err()).contains("ApprovalAlreadyCompletedException");

        assertThat(aws.ok("codepipeline", "list-pipeline-executions", "--pipeline-name", "demo")
                .path("pipelineExecutionSummaries").get(0).path("pipelineExecutionId").asText()).isEqualTo(id);
        JsonNode actions = aws.ok("codepipeline", "list-action-executions", "--pipeline-name", "demo",
                "--filter", "pipelineExecutionId=" + id).path("actionExecutionDetails");
        assertThat(actions.findValuesAsText("actionName")).containsExactly("Deploy", "Approve", "Build", "Source");
        assertThat(actions.findValuesAsText("status")).containsOnly("Succeeded");

        assertThat(aws.ok("deploy", "list-applications").path("applications").toString()).isEqualTo("[\"demo\"]");
        assertThat(aws.ok("deploy", "list-deployment-groups", "--application-name", "demo").path("deploymentGroups")
                .toString()).isEqualTo("[\"local\"]");
        String deploymentId = aws.ok("deploy", "list-deployments", "--application-name", "demo",
                "--deployment-group-name", "local").path("deployments").get(0).asText();
        assertThat(aws.ok("deploy", "get-deployment-group", "--application-name", "demo", "--deployment-group-name", "local")
                .path("deploymentGroupInfo").path("lastSuccessfulDeployment").path("deploymentId").asText()).isEqualTo(deploymentId);
        JsonNode deployment = aws.ok("deploy", "get-deployment", "--deployment-id", deploymentId).path("deploymentInfo");
        assertThat(deployment.path("status").asText()).isEqualTo("Succeeded");
        assertThat(deployment.path("deploymentOverview").path("Succeeded").asInt()).isEqualTo(1);
        JsonNode targets = aws.ok("deploy", "list-deployment-targets", "--deployment-id", deploymentId).path("targetIds");
        JsonNode target = aws.ok("deploy", "batch-get-deployment-targets", "--deployment-id", deploymentId,
                "--target-ids", targets.get(0).asText()).path("deploymentTargets").get(0).path("instanceTarget");
        assertThat(target.path("status").asText()).isEqualTo("Succeeded");
        assertThat(target.path("lifecycleEvents").findValuesAsText("lifecycleEventName")).contains("Install", "ValidateService");
        assertThat(aws.run("deploy", "stop-deployment", "--deployment-id", deploymentId).err())
                .contains("DeploymentAlreadyCompletedException");

        assertThat(aws.ok("codebuild", "list-projects").path("projects").toString()).isEqualTo("[\"demo\"]");
        String buildId = aws.ok("codebuild", "list-builds-for-project", "--project-name", "demo").path("ids").get(0).asText();
        JsonNode build = aws.ok("codebuild", "batch-get-builds", "--ids", buildId).path("builds").get(0);
        assertThat(build.path("buildStatus").asText()).isEqualTo("SUCCEEDED");
        assertThat(build.path("phases").findValuesAsText("phaseType")).contains("BUILD");
        assertThat(build.path("exportedEnvironmentVariables").get(0).path("value").asText()).isEqualTo("1.0");
        assertThat(actions.findValuesAsText("externalExecutionId")).contains(buildId, deploymentId);
    }

    @Test
    void aWrongSecretOrAnUnknownKeyIsRefusedAsAwsRefusesThem() throws Exception {
        AwsCli wrongSecret = new AwsCli(server.endpoint(), credentials.accessKeyId(), "not-the-secret", temp.resolve("home"));
        AwsCli.Result refused = wrongSecret.run("codepipeline", "list-pipelines");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("InvalidSignatureException", "The request signature we calculated does not match");

        AwsCli unknownKey = new AwsCli(server.endpoint(), "AKIDEXAMPLE", credentials.secretAccessKey(), temp.resolve("home"));
        assertThat(unknownKey.run("deploy", "list-applications").err()).contains("UnrecognizedClientException");
    }

    @Test
    void anOperationTheApiDoesNotHaveAnswersUnknownOperationException() throws Exception {
        AwsCli.Result result = aws.run("codepipeline", "list-webhooks");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.err()).contains("UnknownOperationException");
        assertThat(server.exchanges()).extracting(ApiTestServer.Exchange::status).containsExactly(400);
    }

    @Test
    void anUnknownPipelineOrExecutionAnswersTheServiceModelsNotFoundErrors() throws Exception {
        assertThat(aws.run("codepipeline", "get-pipeline-state", "--name", "other").err())
                .contains("PipelineNotFoundException", "does not have a pipeline with name 'other'");
        assertThat(aws.run("codepipeline", "get-pipeline-execution", "--pipeline-name", "demo",
                "--pipeline-execution-id", "00000000-0000-0000-0000-000000000000").err())
                .contains("PipelineExecutionNotFoundException");
    }

    /** Polls get-pipeline-state until the approval waits; the answer's action state of the approval. */
    private JsonNode awaitApproval(String id) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode state = aws.ok("codepipeline", "get-pipeline-state", "--name", "demo");
            for (JsonNode stage : state.path("stageStates")) {
                JsonNode action = stage.path("actionStates").get(0);
                assertThat(stage.path("latestExecution").path("status").asText()).as(stage.path("stageName").asText())
                        .isNotEqualTo("Failed");
                if (stage.path("stageName").asText().equals("Approval")
                        && action.path("latestExecution").path("status").asText().equals("InProgress")) {
                    assertThat(stage.path("latestExecution").path("pipelineExecutionId").asText()).isEqualTo(id);
                    return action;
                }
            }
            Thread.sleep(100);
        }
        return fail("the approval never waited");
    }

    private JsonNode awaitEnd(String id) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode execution = aws.ok("codepipeline", "get-pipeline-execution", "--pipeline-name", "demo",
                    "--pipeline-execution-id", id).path("pipelineExecution");
            if (!execution.path("status").asText().equals("InProgress")) {
                return execution;
            }
            Thread.sleep(200);
        }
        return fail("the execution never ended");
    }
}
