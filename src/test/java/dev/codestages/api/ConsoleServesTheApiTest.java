package dev.codestages.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.cli.Codestages;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codestages console} serves the AWS API on its own port: it prints the endpoint and a key pair, the
 * real {@code aws} CLI lists the project's pipeline with them, and a wrong secret is refused.
 */
class ConsoleServesTheApiTest {

    @TempDir
    Path temp;

    @Test
    void theConsolePrintsTheEndpointAndKeysAndTheAwsCliUsesThem() throws Exception {
        Path app = temp.resolve("app");
        assertThat(Codestages.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .execute("init", app.toString())).isZero();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process console = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.codestages.cli.Codestages", "console", app.toString(), "--port", "0"))
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8));
            String printed = lines.readLine() + "\n" + lines.readLine() + "\n" + lines.readLine();
            Matcher endpoint = Pattern.compile("AWS API: aws --endpoint-url (http://127\\.0\\.0\\.1:\\d+/?) codepipeline"
                    + " list-pipelines").matcher(printed);
            Matcher keys = Pattern.compile("export AWS_ACCESS_KEY_ID=(\\S+) AWS_SECRET_ACCESS_KEY=(\\S+) ").matcher(printed);
            assertThat(endpoint.find()).as(printed).isTrue();
            assertThat(keys.find()).as(printed).isTrue();
            Path home = Files.createDirectories(temp.resolve("home"));

            AwsCli.Result listed = new AwsCli(endpoint.group(1), keys.group(1), keys.group(2), home)
                    .run("codepipeline", "list-pipelines");
            assertThat(listed.exitCode()).as(listed.err()).isZero();
            assertThat(listed.json().get("pipelines").get(0).get("name").asText()).isEqualTo("app");

            AwsCli.Result refused = new AwsCli(endpoint.group(1), keys.group(1), keys.group(2) + "x", home)
                    .run("codepipeline", "list-pipelines");
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.err()).contains("InvalidSignatureException");
        } finally {
            console.destroy();
            console.waitFor(30, TimeUnit.SECONDS);
            console.destroyForcibly();
        }
    }
}
