package dev.codestages.codedeploy.lambda;

import static dev.codestages.LocalPrograms.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link LambdaInvoker}: what a function gets and how an alias routes. */
class LambdaInvokerTest {

    @TempDir
    Path project;

    private LambdaStore store() {
        return LambdaStore.in(project.resolve(".codestages"));
    }

    private LambdaInvoker invoker(long seed) {
        return new LambdaInvoker(store(), project, new Random(seed));
    }

    @Test
    void theEventArrivesOnStandardInputAndTheAnswerIsStandardOutput() throws Exception {
        store().publishCommand("echoer", "cat; echo; echo logged >&2");
        FunctionAnswer answer = invoker(1).invoke(QualifiedName.parse("echoer"), "{\"name\": \"Ada\"}");
        assertThat(answer.answer()).isEqualTo("{\"name\": \"Ada\"}\n");
        assertThat(answer.log()).isEqualTo("logged\n");
        assertThat(answer.executedVersion()).isEqualTo("$LATEST");
        assertThat(answer.succeeded()).isTrue();
    }

    @Test
    void theFunctionSeesItsNameAndVersionInLambdasReservedVariables() throws Exception {
        LambdaStore store = store();
        store.publishCommand("who", "echo $AWS_LAMBDA_FUNCTION_NAME $AWS_LAMBDA_FUNCTION_VERSION");
        store.publishCommand("who", "echo v2 $AWS_LAMBDA_FUNCTION_NAME $AWS_LAMBDA_FUNCTION_VERSION");
        assertThat(invoker(1).invoke(QualifiedName.parse("who:1"), "{}").answer()).isEqualTo("who 1\n");
        assertThat(invoker(1).invoke(QualifiedName.parse("who"), "{}").answer()).isEqualTo("v2 who $LATEST\n");
    }

    @Test
    void aNonZeroExitIsAFunctionError() throws Exception {
        store().publishCommand("failing", "echo broken >&2; exit 3");
        FunctionAnswer answer = invoker(1).invoke(QualifiedName.parse("failing"), "{}");
        assertThat(answer.succeeded()).isFalse();
        assertThat(answer.exitCode()).isEqualTo(3);
        assertThat(answer.log()).isEqualTo("broken\n");
    }

    @Test
    void aPayloadThatIsNotJsonIsRefusedBeforeAnythingRuns() throws Exception {
        store().publishCommand("echoer", "cat");
        assertThatThrownBy(() -> invoker(1).invoke(QualifiedName.parse("echoer"), "{not json"))
                .isInstanceOf(LambdaException.class).hasMessageStartingWith("Could not parse request body into json");
        assertThatThrownBy(() -> invoker(1).invoke(QualifiedName.parse("echoer"), "{} {}"))
                .isInstanceOf(LambdaException.class).hasMessageContaining("more than one value");
    }

    @Test
    void anAliasRoutesByItsWeightAndTheSameSeedRoutesTheSameWay() throws Exception {
        LambdaStore store = store();
        store.publishCommand("greeter", "echo one");
        store.publishCommand("greeter", "echo two");
        store.setAlias("greeter", "live", "1", "2", 0.3);
        QualifiedName live = QualifiedName.parse("greeter:live");
        LambdaInvoker first = invoker(42);
        LambdaInvoker second = invoker(42);
        StringBuilder routes = new StringBuilder();
        StringBuilder again = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            routes.append(first.route(live));
            again.append(second.route(live));
        }
        long twos = routes.chars().filter(c -> c == '2').count();
        assertThat(routes.toString()).isEqualTo(again.toString());
        assertThat(twos).isBetween(40L, 80L);
    }

    @Test
    void aPythonHandlerRunsInItsCodeFolder() throws Exception {
        assumeTrue(onPath("python3"), "python3 is not installed");
        Path code = Files.createDirectories(project.resolve("src"));
        Files.writeString(code.resolve("app.py"), "def handler(event, context):\n    return {'hello': event['name']}\n");
        store().publishCode("hello", code, "app.handler");
        assertThat(invoker(1).invoke(QualifiedName.parse("hello:1"), "{\"name\": \"Ada\"}").answer())
                .isEqualTo("{\"hello\": \"Ada\"}\n");
    }

    @Test
    void aNodeHandlerRunsInItsCodeFolder() throws Exception {
        assumeTrue(onPath("node"), "node is not installed");
        Path code = Files.createDirectories(project.resolve("web"));
        Files.writeString(code.resolve("index.js"), "exports.handler = async (event) => ({hello: event.name});\n");
        store().publishCode("hello", code, "index.handler");
        assertThat(invoker(1).invoke(QualifiedName.parse("hello"), "{\"name\": \"Ada\"}").answer())
                .isEqualTo("{\"hello\":\"Ada\"}\n");
    }

    @Test
    void aHandlerWithoutAKnownRuntimeFailsWithTheReason() throws Exception {
        Path code = Files.createDirectories(project.resolve("src"));
        Files.writeString(code.resolve("App.java"), "class App {}");
        store().publishCode("javaish", code, "App.handle");
        assertThatThrownBy(() -> invoker(1).invoke(QualifiedName.parse("javaish"), "{}"))
                .isInstanceOf(LambdaException.class)
                .hasMessage("cannot run the handler App.handle: the code has neither App.py (python3) nor App.js (node);"
                        + " publish it with --command instead");
    }

    @Test
    void aQualifierThatIsNeitherVersionNorAliasNameIsRefused() {
        assertThatThrownBy(() -> QualifiedName.parse("greeter:../x")).isInstanceOf(LambdaException.class)
                .hasMessageContaining("Value '../x' at 'name'");
        assertThatThrownBy(() -> QualifiedName.parse("../greeter")).isInstanceOf(LambdaException.class)
                .hasMessageContaining("at 'functionName'");
    }
}
