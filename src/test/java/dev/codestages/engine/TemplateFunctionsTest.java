package dev.codestages.engine;

import static dev.codestages.LocalPrograms.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codestages.codedeploy.lambda.LambdaStore;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests functions that the pipeline's template defines: a Lambda invoke action runs a python function with
 * inline code (written to the action's work folder) and a nodejs function from its CodeUri folder, and a Lambda
 * deployment runs its hook functions from the template; none of them is given with {@code --function}.
 */
class TemplateFunctionsTest {

    @TempDir
    Path temp;

    private final RecordingListener listener = new RecordingListener();

    private ExecutionState run(Path repo, Path template, Map<String, String> functions) throws Exception {
        ExecutionSetup setup = new ExecutionSetup(repo, null, template, temp.resolve("instances"), Map.of(), Map.of(),
                new ActionOptions(List.of(), null, Boolean.TRUE, false, functions));
        return new ExecutionEngine(temp.resolve("store"), new JumpingClock(), listener, Map.of(),
                ApprovalDecider.PENDING).start(PipelineFiles.read(template, template.getFileName().toString()), setup,
                Map.of());
    }

    @Test
    void invokeActionsRunTheTemplatesInlinePythonAndCodeUriNodeFunctionsAndShowTheirAnswers() throws Exception {
        assumeTrue(onPath("python3"), "python3 is not on the PATH");
        assumeTrue(onPath("node"), "node is not on the PATH");
        Path repo = temp.resolve("functions");
        GitRepos.init(repo);
        Files.createDirectories(repo.resolve("functions/counter"));
        Files.writeString(repo.resolve("functions/counter/app.js"), """
                exports.handler = async (event) => {
                  const said = event["CodePipeline.job"].data.actionConfiguration.configuration.UserParameters;
                  console.log("counting", said);
                  return {outputVariables: {Words: String(said.split(" ").length), Greeting: process.env.GREETING}};
                };
                """);
        Files.copy(getClass().getResourceAsStream("functions-pipeline.yml"), repo.resolve("pipeline.yml"));
        GitRepos.commitAll(repo, "functions");

        ExecutionState execution = run(repo, repo.resolve("pipeline.yml"), Map.of());

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(execution.action("Check/Greet").orElseThrow().outputVariables())
                .containsExactly(Map.entry("Greeting", "hello Ada"));
        assertThat(execution.action("Check/Count").orElseThrow().outputVariables())
                .containsExactly(Map.entry("Words", "2"), Map.entry("Greeting", "hello"));
        assertThat(listener.outputOf("Check/Greet")).containsExactly("greeting Ada",
                "{\"outputVariables\": {\"Greeting\": \"hello Ada\"}}");
        assertThat(listener.outputOf("Check/Count")).containsExactly("counting hello Ada",
                "{\"outputVariables\":{\"Words\":\"2\",\"Greeting\":\"hello\"}}");
        assertThat(listener.events).contains("note Check/Greet: invoking greeter from Greeter of pipeline.yml"
                + " (python3.12)", "note Check/Count: invoking !Ref Counter from Counter of pipeline.yml (nodejs20.x)");
        Path work = new ExecutionStore(temp.resolve("store")).directory(execution.executionId()).resolve("work");
        assertThat(work.resolve("Check/Greet/Greeter/index.py")).content().startsWith("def handler(event, context):");
        assertThat(repo.resolve("index.py")).doesNotExist();
    }

    @Test
    void anInvokeActionWhoseTemplateFunctionHasARuntimeThatIsNotPlayedFailsWithTheReason() throws Exception {
        Path repo = temp.resolve("functions");
        GitRepos.init(repo);
        String template = new String(getClass().getResourceAsStream("functions-pipeline.yml").readAllBytes());
        Files.writeString(repo.resolve("pipeline.yml"), template.replace("Runtime: nodejs20.x", "Runtime: ruby3.3"));
        Files.createDirectories(repo.resolve("functions/counter"));
        Files.writeString(repo.resolve("functions/counter/app.rb"), "def handler(event:, context:) = {}\n");
        GitRepos.commitAll(repo, "functions");

        ExecutionState execution = run(repo, repo.resolve("pipeline.yml"), Map.of("greeter",
                "echo '{\"outputVariables\": {\"Greeting\": \"hi\"}}'"));

        assertThat(execution.action("Check/Greet").orElseThrow().status()).isEqualTo(Status.SUCCEEDED);
        ActionState count = execution.action("Check/Count").orElseThrow();
        assertThat(count.status()).isEqualTo(Status.FAILED);
        assertThat(count.error().message()).isEqualTo("the runtime ruby3.3 is not played locally (python3.x, nodejs*,"
                + " java8.al2, java11, java17 and java21 are); give --function NAME=COMMAND instead");
        assertThat(execution.status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aLambdaDeploymentRunsItsHookFunctionsFromTheTemplateAndRollsBackWhenOneReportsFailed() throws Exception {
        assumeTrue(onPath("python3"), "python3 is not on the PATH");
        assumeTrue(onPath("node"), "node is not on the PATH");
        LambdaStore store = LambdaStore.in(temp.resolve("store"));
        store.publishCommand("greeter", "echo one");
        store.publishCommand("greeter", "echo two");
        store.setAlias("greeter", "live", "1");
        Path repo = temp.resolve("greeter");
        GitRepos.init(repo);
        Files.copy(getClass().getResourceAsStream("/codedeploy/greeter-appspec.yaml"), repo.resolve("appspec.yaml"));
        String hooks = """
                Resources:
                  CheckBefore:
                    Type: AWS::Lambda::Function
                    Properties:
                      FunctionName: checkBefore
                      Runtime: python3.12
                      Handler: index.handler
                      Code:
                        ZipFile: |
                          def handler(event, context):
                              print("checking", event["DeploymentId"])
                              return {"status": "Succeeded"}
                  CheckAfter:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: checkAfter
                      Runtime: nodejs20.x
                      Handler: index.handler
                      InlineCode: |
                        exports.handler = async () => ({status: "Failed"});
                """;
        String pipeline = new String(getClass().getResourceAsStream("lambda-pipeline.yml").readAllBytes());
        Files.writeString(repo.resolve("pipeline.yml"), pipeline.replace("Resources:\n", hooks));
        GitRepos.commitAll(repo, "greeter");

        ExecutionState execution = run(repo, repo.resolve("pipeline.yml"), Map.of());

        ActionState action = execution.action("Deploy/Shift").orElseThrow();
        assertThat(action.status()).isEqualTo(Status.FAILED);
        assertThat(action.deployment().instances()).singleElement().satisfies(target -> {
            assertThat(target.events().get(1).name()).isEqualTo("BeforeAllowTraffic");
            assertThat(target.events().get(1).scripts()).containsExactly(new ActionState.Script("checkBefore", 0));
            assertThat(target.events().get(3).name()).isEqualTo("AfterAllowTraffic");
            assertThat(target.events().get(3).scripts()).containsExactly(new ActionState.Script("checkAfter", 0));
        });
        assertThat(action.error().message()).endsWith(
                "failed: the hook function checkAfter reported Failed (traffic is back on the original)");
        assertThat(store.alias("greeter", "live").describe()).isEqualTo("live: 1");
        assertThat(listener.output).anyMatch(line -> line.contains("checkBefore: checking d-"));
    }
}
