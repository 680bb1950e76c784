package dev.codestages.codedeploy.lambda;

import static dev.codestages.LocalPrograms.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link LocalFunctions}: a template's functions run with their runtime from their local or inline code, after
 * the {@code --function} commands and before the store; code outside the project, code in S3 and runtimes that are
 * not played fail with the reason.
 */
class LocalFunctionsTest {

    @TempDir
    Path temp;

    private Path project() throws Exception {
        return Files.createDirectories(temp.resolve("project"));
    }

    private LocalFunctions functions(String template, Map<String, String> commands) throws Exception {
        Path file = project().resolve("template.yml");
        Files.writeString(file, template);
        return LocalFunctions.of(commands, file, project(), project().resolve(".codestages/work"),
                LambdaStore.in(project().resolve(".codestages")), new Random(1));
    }

    private static String function(String name, String runtime, String handler, String code) {
        return "Resources:\n  " + name + ":\n    Type: AWS::Serverless::Function\n    Properties:\n"
                + "      Runtime: " + runtime + "\n      Handler: " + handler + "\n      CodeUri: " + code + "\n";
    }

    @Test
    void aJavaHandlerCompiledIntoTheCodeFolderTakesTheEventAsAMapAndAnswersJson() throws Exception {
        assumeTrue(onPath("java"), "java is not on the PATH");
        compile(project().resolve("functions/java"), "example/Greeter.java", """
                package example;
                import java.util.Map;
                public class Greeter {
                    public Map<String, Object> greet(Map<String, Object> event) {
                        System.out.println("greeting " + event.get("name"));
                        return Map.of("hello", event.get("name"));
                    }
                }
                """);
        LocalFunctions functions = functions(function("Greeter", "java21", "example.Greeter::greet",
                "functions/java"), Map.of());

        FunctionAnswer answer = functions.invoke("Greeter", "{\"name\": \"Ada\"}", Map.of());

        assertThat(answer.answer()).isEqualTo("{\"hello\":\"Ada\"}\n");
        assertThat(answer.log()).isEqualTo("greeting Ada\n");
        assertThat(answer.succeeded()).isTrue();
    }

    @Test
    void aJavaRequestHandlerGetsALocalContextWhenTheLambdaCoreInterfacesAreInTheCode() throws Exception {
        assumeTrue(onPath("java"), "java is not on the PATH");
        Path code = project().resolve("functions/hello");
        // stand-ins for the interfaces of aws-lambda-java-core, compiled into the code as the jar would bring them
        compile(code, "com/amazonaws/services/lambda/runtime/LambdaLogger.java", """
                package com.amazonaws.services.lambda.runtime;
                public interface LambdaLogger { void log(String message); }
                """);
        compile(code, "com/amazonaws/services/lambda/runtime/Context.java", """
                package com.amazonaws.services.lambda.runtime;
                public interface Context { String getFunctionName(); LambdaLogger getLogger(); }
                """);
        compile(code, "example/Hello.java", """
                package example;
                import com.amazonaws.services.lambda.runtime.Context;
                public class Hello {
                    public String handleRequest(String name, Context context) {
                        context.getLogger().log("hello from " + context.getFunctionName());
                        return "hello " + name;
                    }
                }
                """);
        LocalFunctions functions = functions(function("Hello", "java17", "example.Hello", "functions/hello"), Map.of());

        FunctionAnswer answer = functions.invoke("Hello", "\"Ada\"", Map.of());

        assertThat(answer.answer()).isEqualTo("\"hello Ada\"\n");
        assertThat(answer.log()).isEqualTo("hello from Hello\n");
    }

    @Test
    void aJavaHandlerThatThrowsAnswersLambdasErrorShapeAndFails() throws Exception {
        assumeTrue(onPath("java"), "java is not on the PATH");
        compile(project().resolve("functions/failing"), "example/Failing.java", """
                package example;
                public class Failing {
                    public static Object handle(java.io.InputStream event) { throw new IllegalStateException("no"); }
                }
                """);
        LocalFunctions functions = functions(function("Failing", "java11", "example.Failing::handle",
                "functions/failing"), Map.of());

        FunctionAnswer answer = functions.invoke("Failing", "{}", Map.of());

        assertThat(answer.succeeded()).isFalse();
        assertThat(answer.answer()).isEqualTo(
                "{\"errorMessage\":\"no\",\"errorType\":\"java.lang.IllegalStateException\"}\n");
    }

    @Test
    void aRuntimeThatIsNotPlayedFailsWithTheReasonAndRunsNothing() throws Exception {
        Files.createDirectories(project().resolve("functions/ruby"));
        LocalFunctions functions = functions(function("Rubyist", "ruby3.3", "app.handler", "functions/ruby"), Map.of());

        assertThatThrownBy(() -> functions.invoke("Rubyist", "{}", Map.of())).isInstanceOf(LambdaException.class)
                .hasMessage("the runtime ruby3.3 is not played locally (python3.x, nodejs*, java8.al2, java11, java17"
                        + " and java21 are); give --function NAME=COMMAND instead");
    }

    @Test
    void aCodeUriThatClimbsOutOfTheProjectIsRefused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("app.py"), "open('ran', 'w')\ndef handler(e, c): return 1\n");
        LocalFunctions functions = functions(function("Escaper", "python3.12", "app.handler", "../outside"), Map.of());

        assertThatThrownBy(() -> functions.invoke("Escaper", "{}", Map.of())).isInstanceOf(LambdaException.class)
                .hasMessage("the code ../outside of Escaper is outside the project folder " + project()
                        + "; a local run reads code inside the project only");
        assertThat(temp.resolve("outside/ran")).doesNotExist();
    }

    @Test
    void aCodeUriThatLeavesTheProjectThroughALinkIsRefused() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(project().resolve("linked"), outside);
        LocalFunctions functions = functions(function("Linked", "python3.12", "app.handler", "linked"), Map.of());

        assertThatThrownBy(() -> functions.invoke("Linked", "{}", Map.of())).isInstanceOf(LambdaException.class)
                .hasMessage("the code linked of Linked leads outside the project folder through a symbolic link; a"
                        + " local run reads code inside the project only");
    }

    @Test
    void codeInS3IsReportedAsNotLocalWhenTheStoreHasNoSuchFunction() throws Exception {
        LocalFunctions functions = functions(function("Stored", "python3.12", "app.handler", "s3://bucket/app.zip"),
                Map.of());

        assertThat(functions.isDefined("Stored")).isTrue();
        assertThatThrownBy(() -> functions.invoke("Stored", "{}", Map.of())).isInstanceOf(LambdaException.class)
                .hasMessage("the function Stored of template.yml has its code in Amazon S3 (s3://bucket/app.zip), which"
                        + " a local run cannot fetch; give --function Stored=COMMAND or publish it with 'codestages"
                        + " lambda publish'");
    }

    @Test
    void aFunctionCommandWinsOverTheTemplateAndTheTemplateOverTheStore() throws Exception {
        assumeTrue(onPath("python3"), "python3 is not on the PATH");
        String template = """
                Resources:
                  Pinger:
                    Type: AWS::Lambda::Function
                    Properties:
                      FunctionName: pinger
                      Runtime: python3.12
                      Handler: index.handler
                      Environment:
                        Variables: {ANSWER: pong}
                      Code:
                        ZipFile: |
                          import os
                          def handler(event, context):
                              print("pinged by", context.function_name)
                              return {"answer": os.environ["ANSWER"], "got": event}
                """;
        LambdaStore.in(project().resolve(".codestages")).publishCommand("pinger", "echo from-the-store");

        FunctionAnswer fromTemplate = functions(template, Map.of()).invoke("pinger", "{\"n\": 1}", Map.of());
        FunctionAnswer fromCommand = functions(template, Map.of("pinger", "echo from-the-command"))
                .invoke("pinger", "{}", Map.of());
        FunctionAnswer fromStore = functions(template, Map.of()).invoke("pinger:1", "{}", Map.of());

        assertThat(fromTemplate.answer()).isEqualTo("{\"answer\": \"pong\", \"got\": {\"n\": 1}}\n");
        assertThat(fromTemplate.log()).isEqualTo("pinged by pinger\n");
        assertThat(project().resolve(".codestages/work/Pinger/index.py")).content().startsWith("import os\n");
        assertThat(fromCommand.answer()).isEqualTo("from-the-command\n");
        assertThat(fromStore.answer()).isEqualTo("from-the-store\n");
    }

    /** Compiles one source file into {@code classes} with the JDK's compiler. */
    static void compile(Path classes, String path, String source) throws Exception {
        Path sources = Files.createDirectories(classes.resolveSibling(classes.getFileName() + "-src"));
        Path file = sources.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assumeTrue(compiler != null, "this Java has no compiler");
        Files.createDirectories(classes);
        int status = compiler.run(null, null, null, List.of("-d", classes.toString(), "-cp", classes.toString(),
                "--release", "11", file.toString()).toArray(String[]::new));
        assertThat(status).as("javac of " + path).isZero();
    }
}
