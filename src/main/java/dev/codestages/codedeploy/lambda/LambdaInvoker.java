package dev.codestages.codedeploy.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
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
 * a handler version runs its module with python3 ({@code .py}) or node ({@code .js}) in its code folder.
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
            result = FunctionProcess.run(handlerCommand(code, version.code().handler()), code, environment, payload,
                    LIMIT);
        }
        return new FunctionAnswer(name.function(), version.version(), result.stdout(), result.stderr(),
                result.exitCode());
    }

    private static List<String> handlerCommand(Path code, String handler) throws LambdaException {
        int dot = handler.lastIndexOf('.');
        String module = handler.substring(0, dot);
        String function = handler.substring(dot + 1);
        if (Files.isRegularFile(code.resolve(module + ".py"))) {
            return List.of("python3", "-c", "import importlib, json, sys\n"
                    + "sys.path.insert(0, '.')\n"
                    + "handler = getattr(importlib.import_module(sys.argv[1]), sys.argv[2])\n"
                    + "print(json.dumps(handler(json.load(sys.stdin), None)))", module, function);
        }
        if (Files.isRegularFile(code.resolve(module + ".js"))) {
            return List.of("node", "-e", "const handler = require(require('path').resolve(process.argv[1]))"
                    + "[process.argv[2]]; let event = '';"
                    + " process.stdin.on('data', c => event += c).on('end', async () =>"
                    + " console.log(JSON.stringify(await handler(JSON.parse(event), {}))));", module + ".js", function);
        }
        throw new LambdaException("cannot run the handler " + handler + ": the code has neither " + module
                + ".py (python3) nor " + module + ".js (node); publish it with --command instead");
    }

    private static void requireJson(String payload) throws LambdaException, IOException {
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
