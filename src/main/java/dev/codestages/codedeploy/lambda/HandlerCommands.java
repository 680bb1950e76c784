package dev.codestages.codedeploy.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The local command that runs a Lambda handler in its code folder, the event JSON on standard input and the
 * handler's return value, as JSON, on standard output; what the handler prints goes to standard error, its
 * log, as Lambda sends it to CloudWatch Logs. A runtime maps to the program on this machine's PATH:
 * {@code python3.*} to {@code python3}, {@code nodejs*} to {@code node}, {@code java8.al2}, {@code java11},
 * {@code java17}, {@code java21} to {@code java} (through {@link JavaHandlerMain}); the local program's version
 * is used whatever minor version the runtime names. Every other runtime (ruby, dotnet, provided, ...) and a
 * program that is not on the PATH fail with the reason; nothing runs then.
 *
 * @see <a href="https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html">Lambda runtimes</a>
 */
final class HandlerCommands {

    private static final Pattern JAVA = Pattern.compile("java(8|8\\.al2|11|17|21)");

    // the context object has the fields and the one method handlers read most
    private static final String PYTHON = "import importlib, json, os, sys, types, uuid\n"
            + "sys.path.insert(0, '.')\n"
            + "answer = sys.stdout\n"
            + "sys.stdout = sys.stderr\n"
            + "handler = getattr(importlib.import_module(sys.argv[1]), sys.argv[2])\n"
            + "context = types.SimpleNamespace(function_name=os.environ.get('AWS_LAMBDA_FUNCTION_NAME'),"
            + " function_version=os.environ.get('AWS_LAMBDA_FUNCTION_VERSION'), aws_request_id=str(uuid.uuid4()),"
            + " memory_limit_in_mb='128', get_remaining_time_in_millis=lambda: 900000)\n"
            + "answer.write(json.dumps(handler(json.load(sys.stdin), context)) + '\\n')\n";

    private static final String NODE = "const file = require('path').resolve(process.argv[1]);"
            + " const answer = s => process.stdout.write(s + '\\n');"
            + " console.log = console.info = console.debug = console.error;"
            + " const context = {functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,"
            + " functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION, awsRequestId: require('crypto').randomUUID(),"
            + " getRemainingTimeInMillis: () => 900000};"
            + " let event = '';"
            + " process.stdin.on('data', c => event += c).on('end', async () => {"
            + " const module = file.endsWith('.mjs') ? await import(require('url').pathToFileURL(file).href) : require(file);"
            + " const handler = module[process.argv[2]];"
            + " if (typeof handler !== 'function') { throw new Error(process.argv[2] + ' is undefined or not exported'); }"
            + " const result = await new Promise((resolve, reject) => {"
            + " const r = handler(JSON.parse(event), context, (error, value) => error ? reject(error) : resolve(value));"
            + " if (r && typeof r.then === 'function') { r.then(resolve, reject); } else if (handler.length < 3) { resolve(r); } });"
            + " answer(JSON.stringify(result === undefined ? null : result)); });";

    private HandlerCommands() {
    }

    /**
     * The command of a handler version of the store, whose runtime is not recorded: {@code MODULE.py} runs with
     * python3, {@code MODULE.js} with node.
     */
    static List<String> detect(Path code, String handler) throws LambdaException {
        int dot = handler.lastIndexOf('.');
        String module = handler.substring(0, dot);
        if (Files.isRegularFile(code.resolve(module + ".py"))) {
            return forRuntime("python3", code, handler);
        }
        if (Files.isRegularFile(code.resolve(module + ".js"))) {
            return forRuntime("nodejs", code, handler);
        }
        throw new LambdaException("cannot run the handler " + handler + ": the code has neither " + module
                + ".py (python3) nor " + module + ".js (node); publish it with --command instead");
    }

    /**
     * The program that plays {@code runtime} ({@code python3}, {@code node} or {@code java}); the reason when the
     * runtime is not played or its program is not on this machine's PATH.
     */
    static String program(String runtime) throws LambdaException {
        if (runtime == null) {
            throw new LambdaException("the function has no Runtime; a function whose code is a .zip file archive needs"
                    + " one");
        }
        String program = runtime.startsWith("python3") ? "python3" : runtime.startsWith("nodejs") ? "node"
                : JAVA.matcher(runtime).matches() ? "java" : null;
        if (program == null) {
            throw new LambdaException("the runtime " + runtime + " is not played locally (python3.x, nodejs*, java8.al2,"
                    + " java11, java17 and java21 are); give --function NAME=COMMAND instead");
        }
        String path = System.getenv("PATH");
        for (String folder : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return program;
            }
        }
        throw new LambdaException("the runtime " + runtime + " needs " + program + ", which is not on this machine's"
                + " PATH; install it or give --function NAME=COMMAND instead");
    }

    /** The command of {@code handler} in {@code code} for the Lambda {@code runtime}. */
    static List<String> forRuntime(String runtime, Path code, String handler) throws LambdaException {
        String program = program(runtime);
        if (handler == null || handler.isBlank()) {
            throw new LambdaException("the function has no Handler");
        }
        if (program.equals("java")) {
            return List.of(program, "-cp", launcherClasspath(), JavaHandlerMain.class.getName(), code.toString(),
                    handler);
        }
        int dot = handler.lastIndexOf('.');
        if (dot <= 0) {
            throw new LambdaException("the handler '" + handler + "' is not MODULE.FUNCTION (as index.handler)");
        }
        String module = handler.substring(0, dot);
        if (program.equals("python3")) {
            return List.of(program, "-c", PYTHON, module.replace('/', '.'), handler.substring(dot + 1));
        }
        for (String extension : List.of(".js", ".mjs", ".cjs")) {
            if (Files.isRegularFile(code.resolve(module + extension))) {
                return List.of(program, "-e", NODE, module + extension, handler.substring(dot + 1));
            }
        }
        throw new LambdaException("cannot run the handler " + handler + ": the code has no " + module + ".js, "
                + module + ".mjs or " + module + ".cjs");
    }

    /** Where {@link JavaHandlerMain} and jackson-core, the one library it reads JSON with, are loaded from. */
    private static String launcherClasspath() throws LambdaException {
        try {
            Path own = Path.of(JavaHandlerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path json = Path.of(JsonFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return own.equals(json) ? own.toString() : own + File.pathSeparator + json;
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            throw new LambdaException("cannot find the classes that run a Java handler: " + e);
        }
    }
}
