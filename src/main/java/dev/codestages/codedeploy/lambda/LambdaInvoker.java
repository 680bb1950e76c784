package dev.codestages.codedeploy.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Invokes a local function as Lambda's Invoke does: a version runs as asked, an alias sends each invocation
 * to its version or, with the alias's weight, to its additional version (the draw comes from the given
 * random generator, so a seeded one makes a run repeatable). The chosen version's command runs with the
 * event JSON on standard input and the reserved variables AWS_LAMBDA_FUNCTION_NAME and
 * AWS_LAMBDA_FUNCTION_VERSION set (https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html);
 * a handler version runs its module with python3 ({@code .py}) or node ({@code .js}) in its code folder
 * ({@link HandlerCommands}). {@link LocalFunctions} puts {@code --function} commands and the template's functions
 * before the store.
 */
public final class LambdaInvoker {

    /** Lambda's largest function timeout, 900 seconds: no local invocation runs longer. */
    static final Duration LIMIT = Duration.ofSeconds(900);

    private static final JsonFactory JSON = new JsonFactory();

    private final LambdaStore store;
    private final Path workingDirectory;
    private final RandomGenerator random;

    /**
     * @param workingDirectory where command versions run (the project folder)
     */
    public LambdaInvoker(LambdaStore store, Path workingDirectory, RandomGenerator random) {
        this.store = store;
        this.workingDirectory = workingDirectory;
        this.random = random;
    }

    /** The version an invocation of {@code name} runs now (an alias draws one). */
    public String route(QualifiedName name) throws LambdaException, IOException {
        if (LambdaNames.isVersion(name.qualifier())) {
            return store.version(name.function(), name.qualifier()).version();
        }
        return store.alias(name.function(), name.qualifier()).route(random.nextDouble());
    }

    /** Invokes {@code name} with {@code payload}, which must be JSON, as Invoke's request body. */
    public FunctionAnswer invoke(QualifiedName name, String payload) throws LambdaException, IOException,
            InterruptedException {
        return invoke(name, payload, Map.of());
    }

    /**
     * As {@link #invoke(QualifiedName, String)}, with {@code extra} variables in the function's environment
     * (the engine's Lambda invoke action passes UserParameters so); the reserved variables win.
     */
    public FunctionAnswer invoke(QualifiedName name, String payload, Map<String, String> extra)
            throws LambdaException, IOException, InterruptedException {
        requireJson(payload);
        PublishedVersion version = store.version(name.function(), route(name));
        Map<String, String> environment = new java.util.HashMap<>(extra);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", name.function());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", version.version());
        FunctionProcess.Result result;
        if (version.code().isCommand()) {
            result = FunctionProcess.run(List.of("sh", "-c", version.code().command()), workingDirectory,
                    environment, payload, LIMIT);
        } else {
            Path code = store.codeFolder(version);
            result = FunctionProcess.run(HandlerCommands.detect(code, version.code().handler()), code, environment, payload,
                    LIMIT);
        }
        return new FunctionAnswer(name.function(), version.version(), result.stdout(), result.stderr(),
                result.exitCode());
    }

    /** Fails as Invoke does when {@code payload} is not one JSON value. */
    static void requireJson(String payload) throws LambdaException, IOException {
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() == null) {
                throw new LambdaException("Could not parse request body into json: the payload is empty");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new LambdaException("Could not parse request body into json: more than one value");
            }
        } catch (JsonProcessingException e) {
            // Lambda's InvalidRequestContentException for a payload that is not JSON
            throw new LambdaException("Could not parse request body into json: " + e.getOriginalMessage());
        }
    }
}
