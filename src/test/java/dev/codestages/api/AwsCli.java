package dev.codestages.api;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code aws} CLI on PATH against a local endpoint with the given credentials and Region, no
 * user configuration ({@code AWS_CONFIG_FILE=/dev/null}). CI installs Debian's awscli; without it the tests fail
 * and say so.
 */
final class AwsCli {

    /** What one command did. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out.isBlank() ? "{}" : out);
            } catch (IOException e) {
                throw new AssertionError("the aws CLI did not print JSON: " + out + err, e);
            }
        }
    }

    private final String endpoint;
    private final String keyId;
    private final String secret;
    private final Path home;

    AwsCli(String endpoint, String keyId, String secret, Path home) {
        this.endpoint = endpoint;
        this.keyId = keyId;
        this.secret = secret;
        this.home = home;
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", endpoint, "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ACCESS_KEY_ID", keyId);
        env.put("AWS_SECRET_ACCESS_KEY", secret);
        env.put("AWS_DEFAULT_REGION", LocalAccount.REGION);
        env.put("AWS_CONFIG_FILE", "/dev/null");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        env.put("AWS_PAGER", "");
        env.put("AWS_RETRY_MODE", "standard");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.put("HOME", home.toString());
        Path out = Files.createTempFile(home, "aws", ".out");
        Path err = Files.createTempFile(home, "aws", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("the aws CLI is not on PATH (CI installs Debian's awscli; here: apt-get install awscli): "
                    + e.getMessage());
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("aws " + String.join(" ", args) + " did not end");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Runs a command that must succeed and returns its JSON. */
    JsonNode ok(String... args) throws IOException, InterruptedException {
        Result result = run(args);
        if (result.exitCode() != 0) {
            fail("aws " + String.join(" ", args) + " failed (" + result.exitCode() + "): " + result.err());
        }
        return result.json();
    }

    /** Runs {@code command} until its answer satisfies {@code done} (polling, at most about 300 times); fails else. */
    JsonNode await(java.util.function.Predicate<JsonNode> done, String what, String... command) throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            JsonNode answer = ok(command);
            if (done.test(answer)) {
                return answer;
            }
            Thread.sleep(100);
        }
        return fail("waited in vain for " + what);
    }

    /** The token of the approval waiting in the third stage of a get-pipeline-state answer; null when none waits. */
    static String approvalToken(JsonNode state) {
        JsonNode execution = state.path("stageStates").get(2).path("actionStates").get(0).path("latestExecution");
        return execution.path("status").asText().equals("InProgress") && execution.has("token")
                ? execution.path("token").asText() : null;
    }
}
