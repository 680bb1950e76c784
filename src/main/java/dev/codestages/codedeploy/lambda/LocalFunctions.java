package dev.codestages.codedeploy.lambda;

import dev.codestages.pipeline.LambdaFunctionReader;
import dev.codestages.pipeline.LambdaFunctionResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Where a function named by a pipeline, an AppSpec hook or {@code codestages invoke} comes from, in this order:
 * <ol>
 * <li>{@code --function NAME=COMMAND}: the command, through {@code sh -c} in the project folder;</li>
 * <li>the template's {@code AWS::Lambda::Function} or {@code AWS::Serverless::Function} of that name (its
 *     FunctionName or logical id), when the name has no qualifier: its handler runs with its runtime
 *     ({@link HandlerCommands}) in its local code folder, or, for inline code, in an {@code index.py} /
 *     {@code index.js} written to the work folder, as CloudFormation puts ZipFile source "in a file named index"
 *     (Code.ZipFile, https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html);</li>
 * <li>the local function store (versions and aliases), through {@link LambdaInvoker}.</li>
 * </ol>
 * A code path is relative to the template's folder and must stay inside the project folder, also through
 * symbolic links; a function whose code is not local (S3, an image) runs only from the store, and when the
 * store has none the invocation fails and says why. Every function sees its template's environment variables,
 * the caller's and the reserved AWS_LAMBDA_FUNCTION_NAME and AWS_LAMBDA_FUNCTION_VERSION, which win.
 */
public final class LocalFunctions {

    private final Map<String, String> commands;
    private final List<LambdaFunctionResource> templateFunctions;
    private final Path template;
    private final Path project;
    private final Path workDir;
    private final LambdaStore store;
    private final LambdaInvoker invoker;

    private LocalFunctions(Map<String, String> commands, List<LambdaFunctionResource> templateFunctions, Path template,
                           Path project, Path workDir, LambdaStore store, RandomGenerator random) {
        this.commands = Map.copyOf(commands);
        this.templateFunctions = templateFunctions;
        this.template = template;
        this.project = project.toAbsolutePath().normalize();
        this.workDir = workDir;
        this.store = store;
        this.invoker = new LambdaInvoker(store, this.project, random);
    }

    /**
     * @param commands the {@code --function} commands by name
     * @param template the CloudFormation template whose functions run, or null
     * @param project  the project folder: commands run there, code paths stay inside it
     * @param workDir  where inline code is written (the action's work folder); null when there is none yet
     */
    public static LocalFunctions of(Map<String, String> commands, Path template, Path project, Path workDir,
                                    LambdaStore store, RandomGenerator random) throws IOException {
        return new LocalFunctions(commands, LambdaFunctionReader.read(template), template, project, workDir, store,
                random);
    }

    /** Functions from {@code --function} commands and the store only. */
    public static LocalFunctions withoutTemplate(Map<String, String> commands, Path project, LambdaStore store,
                                                 RandomGenerator random) {
        return new LocalFunctions(commands, List.of(), null, project, null, store, random);
    }

    /** True when a command, the template or the store defines {@code name}. */
    public boolean isDefined(String name) throws IOException {
        if (commands.containsKey(name) || templateFunction(name) != null) {
            return true;
        }
        try {
            return isDefinedInStore(QualifiedName.parse(name));
        } catch (LambdaException e) {
            return false; // not a name the Lambda API accepts: no store has it
        }
    }

    /** Where {@code name} runs from, for the log: the option, the template's resource or the store. */
    public String describe(String name) {
        if (commands.containsKey(name)) {
            return "--function " + name;
        }
        LambdaFunctionResource function = templateFunction(name);
        if (function != null && isLocal(function)) {
            return function.logicalId() + " of " + template.getFileName() + " (" + function.runtime() + ")";
        }
        return store.root().toString();
    }

    /** Invokes {@code name} with the JSON {@code payload}, {@code extra} in its environment. */
    public FunctionAnswer invoke(String name, String payload, Map<String, String> extra) throws LambdaException,
            IOException, InterruptedException {
        LambdaInvoker.requireJson(payload); // before anything runs or is written
        String command = commands.get(name);
        if (command != null) {
            return run(name, List.of("sh", "-c", command), project, extra, payload);
        }
        LambdaFunctionResource function = templateFunction(name);
        if (function != null && isLocal(function)) {
            Map<String, String> environment = new HashMap<>(function.environment());
            environment.putAll(extra);
            String program = HandlerCommands.program(function.runtime()); // the runtime's reason comes first
            Path code = codeFolder(function, program);
            Path directory = Files.isDirectory(code) ? code : code.getParent();
            return run(function.localName(), HandlerCommands.forRuntime(function.runtime(), code, function.handler()),
                    directory, environment, payload);
        }
        QualifiedName qualified = QualifiedName.parse(name);
        if (function != null && !isDefinedInStore(qualified)) {
            throw new LambdaException("the function " + name + " of " + template.getFileName() + " has its code "
                    + (function.remoteCode() != null ? "in " + function.remoteCode() : "nowhere (no Code, CodeUri or"
                    + " InlineCode)") + ", which a local run cannot fetch; give --function " + name
                    + "=COMMAND or publish it with 'codestages lambda publish'");
        }
        return invoker.invoke(qualified, payload, extra);
    }

    private FunctionAnswer run(String function, List<String> command, Path directory, Map<String, String> extra,
                               String payload) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(extra);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function);
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", LambdaNames.LATEST);
        FunctionProcess.Result result = FunctionProcess.run(command, directory, environment, payload,
                LambdaInvoker.LIMIT);
        return new FunctionAnswer(function, LambdaNames.LATEST, result.stdout(), result.stderr(), result.exitCode());
    }

    private boolean isDefinedInStore(QualifiedName name) throws IOException {
        try {
            invoker.route(name);
            return true;
        } catch (LambdaException e) {
            return false;
        }
    }

    /** The template's function {@code name} names without a qualifier (or with $LATEST), else null. */
    private LambdaFunctionResource templateFunction(String name) {
        String unqualified = name.endsWith(":" + LambdaNames.LATEST)
                ? name.substring(0, name.length() - LambdaNames.LATEST.length() - 1) : name;
        for (LambdaFunctionResource function : templateFunctions) {
            if (function.answersTo(unqualified)) {
                return function;
            }
        }
        return null;
    }

    private static boolean isLocal(LambdaFunctionResource function) {
        return function.inlineCode() != null || function.codePath() != null;
    }

    /** The function's code: its folder (or .jar) inside the project, or its inline source written to the work folder. */
    private Path codeFolder(LambdaFunctionResource function, String program) throws LambdaException, IOException {
        if (function.inlineCode() != null) {
            return inlineFolder(function, program);
        }
        Path base = template.toAbsolutePath().normalize().getParent();
        Path code = base.resolve(function.codePath()).normalize();
        String where = "the code " + function.codePath() + " of " + function.logicalId();
        if (!code.startsWith(project)) {
            throw new LambdaException(where + " is outside the project folder " + project + "; a local run reads"
                    + " code inside the project only");
        }
        if (!Files.exists(code)) {
            throw new LambdaException(where + " does not exist (" + code + ")");
        }
        if (!code.toRealPath().startsWith(project.toRealPath())) {
            throw new LambdaException(where + " leads outside the project folder through a symbolic link; a local"
                    + " run reads code inside the project only");
        }
        if (!Files.isDirectory(code) && !code.toString().endsWith(".jar")) {
            throw new LambdaException(where + " is a file; a local run plays a code folder (or, for Java, a .jar)");
        }
        return code;
    }

    /** Writes inline source as {@code index.py} or {@code index.js} in {@code <work folder>/<logical id>/}. */
    private Path inlineFolder(LambdaFunctionResource function, String program) throws LambdaException, IOException {
        String file = program.equals("python3") ? "index.py" : program.equals("node") ? "index.js" : null;
        if (file == null) {
            throw new LambdaException("the function " + function.logicalId() + " has inline code for the runtime "
                    + function.runtime() + "; inline code is for Node.js and Python only");
        }
        if (workDir == null) {
            throw new LambdaException("the inline code of " + function.logicalId() + " needs a work folder");
        }
        if (!function.logicalId().matches("[A-Za-z0-9]+")) {
            // CloudFormation's logical ids are alphanumeric; anything else could make a path
            throw new LambdaException("the logical id '" + function.logicalId() + "' is not alphanumeric");
        }
        Path folder = StoreFiles.directory(workDir.toAbsolutePath().normalize(),
                workDir.toAbsolutePath().normalize().resolve(function.logicalId()));
        Path source = folder.resolve(file);
        StoreFiles.refuseLink(source);
        Files.writeString(source, function.inlineCode(), StandardCharsets.UTF_8);
        return folder;
    }
}
