package dev.codestages.cli;

import static dev.codestages.LocalPrograms.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@code codestages lambda publish|alias} and {@code codestages invoke} as a user runs them. */
class LambdaCommandsTest {

    @TempDir
    Path project;

    private CliRun run(String... args) {
        String[] withStore = new String[args.length + 2];
        System.arraycopy(args, 0, withStore, 0, args.length);
        withStore[args.length] = "--store";
        withStore[args.length + 1] = project.resolve(".codestages").toString();
        return CliRun.run(project, withStore);
    }

    @Test
    void publishPrintsOnlyTheNewVersionNumber() {
        CliRun first = run("lambda", "publish", "greeter", "--command", "echo one");
        CliRun second = run("lambda", "publish", "greeter", "--command", "echo two");

        assertThat(first).isEqualTo(new CliRun("1\n", "", 0));
        assertThat(second).isEqualTo(new CliRun("2\n", "", 0));
        assertThat(project.resolve(".codestages/lambda/greeter/versions/2.properties")).exists();
    }

    @Test
    void aliasPrintsWhereTheAliasPointsAndInvokeAnswersFromThatVersion() {
        run("lambda", "publish", "greeter", "--command", "echo one");
        run("lambda", "publish", "greeter", "--command", "echo two");

        assertThat(run("lambda", "alias", "greeter", "live", "--version", "1"))
                .isEqualTo(new CliRun("greeter live: 1\n", "", 0));
        assertThat(run("invoke", "greeter:live")).isEqualTo(new CliRun("one\n", "greeter version 1 answered\n", 0));
        assertThat(run("invoke", "greeter:2")).isEqualTo(new CliRun("two\n", "greeter version 2 answered\n", 0));
    }

    @Test
    void aWeightedAliasSplitsInvocationsAndASeedRepeatsTheSplit() {
        run("lambda", "publish", "greeter", "--command", "echo one");
        run("lambda", "publish", "greeter", "--command", "echo two");
        assertThat(run("lambda", "alias", "greeter", "live", "--version", "1", "--additional-version", "2",
                "--weight", "0.5")).isEqualTo(new CliRun("greeter live: 1 (50%), 2 (50%)\n", "", 0));

        StringBuilder answers = new StringBuilder();
        for (int seed = 0; seed < 12; seed++) {
            CliRun invoke = run("invoke", "greeter:live", "--seed", Integer.toString(seed));
            assertThat(run("invoke", "greeter:live", "--seed", Integer.toString(seed))).isEqualTo(invoke);
            answers.append(invoke.stdout());
        }
        assertThat(answers.toString()).contains("one\n", "two\n");
    }

    @Test
    void invokePassesThePayloadOnStandardInput() {
        run("lambda", "publish", "echoer", "--command", "cat");

        assertThat(run("invoke", "echoer", "--payload", "{\"n\": 1}"))
                .isEqualTo(new CliRun("{\"n\": 1}", "echoer version $LATEST answered\n", 0));
    }

    @Test
    void aFunctionErrorExitsOneAndShowsTheLog() {
        run("lambda", "publish", "failing", "--command", "echo no >&2; exit 4");

        assertThat(run("invoke", "failing:1")).isEqualTo(new CliRun("",
                "no\nfailing version 1 answered with a function error (exit status 4)\n", 1));
    }

    @Test
    void badNamesAndMissingVersionsAreOneLineUsageErrors() {
        CliRun dotDot = run("lambda", "publish", "..", "--command", "echo x");
        assertThat(dotDot.exit()).isEqualTo(2);
        assertThat(dotDot.stderrLines()).containsExactly("codestages lambda publish: 1 validation error detected:"
                + " Value '..' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression"
                + " pattern: [a-zA-Z0-9-_]+ (at most 64 characters)");
        assertThat(project.resolve(".codestages")).doesNotExist();

        run("lambda", "publish", "greeter", "--command", "echo one");
        assertThat(run("lambda", "alias", "greeter", "a/b", "--version", "1").exit()).isEqualTo(2);
        assertThat(run("lambda", "alias", "greeter", "live", "--version", "9"))
                .isEqualTo(new CliRun("", "codestages lambda alias: Function not found: greeter:9\n", 2));
        assertThat(run("invoke", "greeter:live"))
                .isEqualTo(new CliRun("", "codestages invoke: Function not found: greeter:live\n", 2));
        assertThat(run("invoke", "greeter", "--payload", "nope").exit()).isEqualTo(2);
    }

    @Test
    void publishNeedsACommandOrACodeFolderWithAHandler() {
        CliRun neither = run("lambda", "publish", "greeter");
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.stderrLines()).hasSize(1);
        CliRun codeOnly = run("lambda", "publish", "greeter", "--code", "src");
        assertThat(codeOnly.exit()).isEqualTo(2);
        assertThat(codeOnly.stderrLines()).hasSize(1).first().asString().contains("--handler");
    }

    @Test
    void everyLambdaCommandsHelpListsTheExitCodes() {
        for (String[] command : new String[][] {{"lambda"}, {"lambda", "publish"}, {"lambda", "alias"}, {"invoke"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CliRun help = CliRun.run(project, args);
            assertThat(help.exit()).isZero();
            assertThat(help.stdout()).contains("Exit codes:").contains(ExitCodes.TABLE.get("2"));
        }
    }

    @Test
    void invokeAnswersFromTheTemplatesFunctionAndAFunctionCommandWins() throws Exception {
        assumeTrue(onPath("python3"), "python3 is not on the PATH");
        String template = echoTemplate();

        assertThat(run("invoke", "Echo", "--template", template, "--payload", "{\"n\": 1}"))
                .isEqualTo(new CliRun("{\"echo\": {\"n\": 1}}\n", "Echo version $LATEST answered\n", 0));
        assertThat(run("invoke", "Echo", "--template", template, "--function", "Echo=echo command"))
                .isEqualTo(new CliRun("command\n", "Echo version $LATEST answered\n", 0));
        assertThat(project.resolve(".codestages/invoke/Echo/index.py")).exists();
    }

    @Test
    void aTemplateFunctionWithAnUnplayedRuntimeIsAOneLineError() throws Exception {
        Files.writeString(project.resolve("template.yml"), """
                Resources:
                  Gem:
                    Type: AWS::Serverless::Function
                    Properties: {Runtime: ruby3.3, Handler: app.handler, CodeUri: .}
                """);

        assertThat(run("invoke", "Gem", "--template", project.resolve("template.yml").toString())).isEqualTo(new CliRun("",
                "codestages invoke: the runtime ruby3.3 is not played locally (python3.x, nodejs*, java8.al2, java11,"
                        + " java17 and java21 are); give --function NAME=COMMAND instead\n", 2));
    }

    @Test
    void aTemplateFunctionWhoseRuntimeProgramIsNotOnThePathFailsAndSaysWhich() throws Exception {
        String template = echoTemplate();
        // codestages in a process of its own whose PATH holds no python3 (nor anything else)
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Codestages.class.getName(), "invoke", "Echo", "--template", template,
                "--store", project.resolve(".codestages").toString()).redirectErrorStream(true);
        builder.environment().put("PATH", project.resolve("no-programs").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(output).isEqualTo("codestages invoke: the runtime python3.12 needs python3, which is not on this"
                + " machine's PATH; install it or give --function NAME=COMMAND instead\n");
        assertThat(project.resolve(".codestages/invoke")).doesNotExist();
    }

    /** A template with one python function, Echo, whose inline code answers {"echo": event}; its path. */
    private String echoTemplate() throws Exception {
        Path template = project.resolve("template.yml");
        Files.writeString(template, """
                Resources:
                  Echo:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      InlineCode: |
                        def handler(event, context):
                            return {"echo": event}
                """);
        return template.toString();
    }
}
