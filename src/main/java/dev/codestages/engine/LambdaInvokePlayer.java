package dev.codestages.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.codestages.codedeploy.lambda.FunctionAnswer;
import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.codedeploy.lambda.LocalFunctions;
import dev.codestages.run.ArtifactZipPath;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The AWS Lambda invoke action (https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-Lambda.html):
 * runs the function named by FunctionName locally: a command given with {@code run --function NAME=COMMAND}, the
 * pipeline template's function of that name when its code is local (a folder or inline), or a function published
 * to the local Lambda store ({@code codestages lambda publish}), in that order ({@link ActionFunctions}). The function gets the CodePipeline job event on its standard input, shaped as the
 * user guide's "Example JSON event" (actions-invoke-lambda-function.html): {@code CodePipeline.job} with its
 * id, {@code data.actionConfiguration.configuration} (FunctionName, UserParameters, variables resolved), and
 * the input and output artifacts' locations, an {@code s3Location} whose {@code bucketName} is the local
 * artifact folder and {@code objectKey} the zip's name; never {@code artifactCredentials}. UserParameters is
 * also in its environment as {@code USER_PARAMETERS}. Exit status 0 is PutJobSuccessResult: a JSON object on
 * standard output may carry {@code outputVariables} (string values only, as PutJobSuccessResult takes), which
 * become the action's output variables; another status is PutJobFailureResult, with
 * {@code failureDetails.message} from the answer when it has one. An output artifact must have been written by
 * the function to its location, as the user guide requires of a function that declares one.
 */
final class LambdaInvokePlayer implements ActionPlayer {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        String function = run.configuration().getOrDefault("FunctionName", "");
        if (function.isBlank()) {
            return ActionOutcome.failed("ConfigurationError", "FunctionName is required");
        }
        String jobId = UUID.randomUUID().toString();
        Map<String, Path> outputs = new LinkedHashMap<>();
        for (String name : run.outputArtifacts()) {
            outputs.put(name, ArtifactZipPath.of(run.artifactDir(), name));
        }
        String event = event(jobId, run, outputs);
        Map<String, String> environment = Map.of("USER_PARAMETERS", run.configuration().getOrDefault("UserParameters", ""),
                "CODEPIPELINE_JOB_ID", jobId);
        FunctionAnswer answer;
        try {
            LocalFunctions functions = ActionFunctions.of(run, run.execution().setup().options().functions());
            if (!functions.isDefined(function)) {
                return ActionOutcome.failed("ConfigurationError", "the Lambda function '" + function + "' is not"
                        + " simulated locally; give --function " + function + "=COMMAND, define it in the pipeline's"
                        + " template with local code (or publish it with 'codestages lambda publish')");
            }
            run.listener().note("", "invoking " + function + " from " + functions.describe(function));
            answer = functions.invoke(function, event, environment);
        } catch (LambdaException e) {
            return ActionOutcome.failed("ConfigurationError", e.getMessage());
        }
        answer.log().lines().forEach(line -> run.listener().output("", line));
        answer.answer().lines().forEach(line -> run.listener().output("", line));
        Map<String, Object> reply = reply(answer.answer());
        if (!answer.succeeded()) {
            String message = JsonTree.text(JsonTree.object(reply.get("failureDetails")).get("message"));
            return ActionOutcome.failed("JobFailed", message != null ? message
                    : "the function " + function + " exited with status " + answer.exitCode());
        }
        for (Map.Entry<String, Path> output : outputs.entrySet()) {
            if (!Files.isRegularFile(output.getValue())) {
                return ActionOutcome.failed("JobFailed", "the function did not write the output artifact '"
                        + output.getKey() + "' to " + output.getValue());
            }
            run.execution().artifact(output.getKey(), output.getValue());
        }
        Map<String, String> variables = new LinkedHashMap<>();
        JsonTree.object(reply.get("outputVariables")).forEach((key, value) -> {
            if (value instanceof String text) {
                variables.put(key, text);
            } else {
                run.listener().note("", "output variable " + key + " is left out: PutJobSuccessResult takes string"
                        + " values only");
            }
        });
        return ActionOutcome.succeeded(variables);
    }

    /** The answer as a JSON object: all of standard output, else its last line; empty when neither is one. */
    private static Map<String, Object> reply(String stdout) {
        List<String> lines = stdout.strip().lines().toList();
        for (String candidate : List.of(stdout.strip(), lines.isEmpty() ? "" : lines.get(lines.size() - 1))) {
            try {
                if (JsonTree.parse(candidate) instanceof Map<?, ?>) {
                    return JsonTree.object(JsonTree.parse(candidate));
                }
            } catch (IOException | RuntimeException e) {
                // not JSON: a function may print anything; only a JSON object is an answer
            }
        }
        return Map.of();
    }

    private static String event(String jobId, ActionRun run, Map<String, Path> outputs) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("CodePipeline.job");
            json.writeStringField("id", jobId);
            json.writeStringField("accountId", "111122223333");
            json.writeObjectFieldStart("data");
            json.writeObjectFieldStart("actionConfiguration");
            json.writeObjectFieldStart("configuration");
            for (Map.Entry<String, String> setting : run.configuration().entrySet()) {
                json.writeStringField(setting.getKey(), setting.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("inputArtifacts");
            for (String name : run.inputArtifacts()) {
                artifact(json, name, run.execution().artifacts().get(name));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("outputArtifacts");
            for (Map.Entry<String, Path> output : outputs.entrySet()) {
                artifact(json, output.getKey(), output.getValue());
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        return out.toString();
    }

    private static void artifact(JsonGenerator json, String name, Path zip) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeNullField("revision");
        json.writeObjectFieldStart("location");
        json.writeStringField("type", "S3");
        json.writeObjectFieldStart("s3Location");
        json.writeStringField("bucketName", zip == null ? null : zip.getParent().toString());
        json.writeStringField("objectKey", zip == null ? null : zip.getFileName().toString());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }
}
