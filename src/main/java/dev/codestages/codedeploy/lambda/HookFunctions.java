package dev.codestages.codedeploy.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.codestages.codedeploy.LifecycleEventResult;
import dev.codestages.codedeploy.ServiceDeploymentListener;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Runs the hook functions of a Lambda or ECS deployment. CodeDeploy invokes a hook function with
 * {@code {"DeploymentId": ..., "LifecycleEventHookExecutionId": ...}} and waits for the function to call
 * {@code PutLifecycleEventHookExecutionStatus} with {@code Succeeded} or {@code Failed}
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html,
 * https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_PutLifecycleEventHookExecutionStatus.html).
 * Locally no API is there to call, so the function's own end stands in for that call: an answer that is a
 * JSON object with a {@code status} (or {@code Status}) reports that status; otherwise exit status 0 reports
 * Succeeded and any other Failed. A function runs from {@code --function NAME=COMMAND} when given, else from
 * the template's function of that name, else from the local function store ($LATEST, or
 * {@code NAME:QUALIFIER}): see {@link LocalFunctions}.
 */
public final class HookFunctions {

    private static final JsonFactory JSON = new JsonFactory();

    private final LocalFunctions functions;

    /** Hooks that run the given functions. */
    public HookFunctions(LocalFunctions functions) {
        this.functions = functions;
    }

    /**
     * Hooks without a template: {@code --function} commands by function name win over the store.
     */
    public HookFunctions(LambdaStore store, Path workingDirectory, Map<String, String> commands) {
        this(LocalFunctions.withoutTemplate(commands, workingDirectory, store, new java.util.Random()));
    }

    /** Runs the hook {@code function} of {@code event} and reads what it reports. */
    public LifecycleEventResult run(String event, String function, String deploymentId,
                                    ServiceDeploymentListener listener) throws IOException, InterruptedException {
        String body = event(deploymentId, UUID.randomUUID().toString());
        listener.log(event + ": invoking hook function " + function + " with " + body);
        FunctionAnswer answer;
        try {
            answer = functions.invoke(function, body, Map.of());
        } catch (LambdaException e) {
            return new LifecycleEventResult(event, LifecycleEventResult.FAILED, function, null, e.getMessage());
        }
        answer.log().lines().forEach(line -> listener.log(function + ": " + line));
        return report(event, function, answer);
    }

    private static LifecycleEventResult report(String event, String function, FunctionAnswer answer) {
        if (!answer.succeeded()) {
            return new LifecycleEventResult(event, LifecycleEventResult.FAILED, function, answer.exitCode(),
                    "the hook function " + function + " failed (exit status " + answer.exitCode() + ")");
        }
        String status = reportedStatus(answer.answer());
        if (status == null || status.equals(LifecycleEventResult.SUCCEEDED)) {
            return new LifecycleEventResult(event, LifecycleEventResult.SUCCEEDED, function, answer.exitCode(), null);
        }
        String why = status.equals(LifecycleEventResult.FAILED) ? "reported Failed"
                : "reported the status '" + status + "'; a hook reports Succeeded or Failed";
        return new LifecycleEventResult(event, LifecycleEventResult.FAILED, function, answer.exitCode(),
                "the hook function " + function + " " + why);
    }

    /** The event CodeDeploy invokes a hook function with. */
    static String event(String deploymentId, String hookExecutionId) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("DeploymentId", deploymentId);
            json.writeStringField("LifecycleEventHookExecutionId", hookExecutionId);
            json.writeEndObject();
        }
        return out.toString();
    }

    /** The top-level {@code status} of an answer that is a JSON object, else null. */
    private static String reportedStatus(String answer) {
        try (JsonParser parser = JSON.createParser(answer.strip())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.getCurrentName();
                JsonToken value = parser.nextToken();
                if (name.equalsIgnoreCase("status") && value.isScalarValue()) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null; // not JSON: the exit status reports
        }
    }
}
