package dev.codestages.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * A botocore service model (service-2.json, plain or gzipped) read from the machine's botocore, the one the
 * {@code aws} CLI parses answers with, and a checker of answers against its shapes: every member known, every
 * required member present, strings, numbers, booleans and epoch-second timestamps where the model says so,
 * enum values from the enum. Nothing of the model is copied into the project.
 */
final class BotocoreModel {

    /** Errors every AWS JSON service answers besides its own (UnknownOperationException, signature errors, ...). */
    static final Set<String> COMMON_ERRORS = Set.of("UnknownOperationException", "InvalidSignatureException",
            "UnrecognizedClientException", "MissingAuthenticationTokenException", "IncompleteSignatureException",
            "SerializationException", "AccessDeniedException", "InternalFailure", "ValidationException");

    private final JsonNode model;

    private BotocoreModel(JsonNode model) {
        this.model = model;
    }

    /** The model of {@code service} (codepipeline, codedeploy, codebuild); fails with the reason when there is none. */
    static BotocoreModel of(String service) {
        Path data = dataDir();
        Path serviceDir = data.resolve(service);
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(serviceDir)) {
            for (Path version : versions) {
                for (String name : List.of("service-2.json", "service-2.json.gz")) {
                    Path file = version.resolve(name);
                    if (Files.isRegularFile(file)) {
                        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                                : Files.newInputStream(file)) {
                            return new BotocoreModel(new ObjectMapper().readTree(in));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read botocore's model of " + service + " under " + serviceDir + ": " + e, e);
        }
        throw new AssertionError("botocore has no model of " + service + " under " + serviceDir);
    }

    /**
     * botocore's data folder: where {@code python3} finds botocore, else Debian's python3-botocore. The awscli
     * package brings it; the tests need it and fail without it.
     */
    private static Path dataDir() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import botocore,os;print(os.path.dirname(botocore.__file__))")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0 && Files.isDirectory(Path.of(out, "data"))) {
                return Path.of(out, "data");
            }
        } catch (IOException e) {
            // no python3: try Debian's location
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path debian = Path.of("/usr/lib/python3/dist-packages/botocore/data");
        if (Files.isDirectory(debian)) {
            return debian;
        }
        throw new AssertionError("botocore is not installed (python3 cannot import it and " + debian + " is missing);"
                + " the AWS API tests check answers against its service models: install awscli (apt-get install awscli)");
    }

    /** The violations of {@code answer} (a body as sent) against {@code operation}'s output or error shapes. */
    List<String> check(String operation, int status, JsonNode answer) {
        List<String> violations = new ArrayList<>();
        JsonNode op = model.path("operations").path(operation);
        if (op.isMissingNode()) {
            if (status != 400 || !"UnknownOperationException".equals(answer.path("__type").asText())) {
                violations.add(operation + ": not in the model, yet answered " + status);
            }
            return violations;
        }
        if (status != 200) {
            String type = answer.path("__type").asText();
            boolean declared = false;
            for (JsonNode error : op.path("errors")) {
                declared |= error.path("shape").asText().equals(type);
            }
            if (!declared && !COMMON_ERRORS.contains(type)) {
                violations.add(operation + ": error " + type + " is neither in its model nor a common error");
            }
            if (!answer.path("message").isTextual()) {
                violations.add(operation + ": error without a message");
            }
            return violations;
        }
        String output = op.path("output").path("shape").asText(null);
        if (output == null) {
            if (answer.size() != 0) {
                violations.add(operation + ": has no output, yet answered " + answer);
            }
            return violations;
        }
        check(output, answer, operation, violations);
        return violations;
    }

    private void check(String shapeName, JsonNode value, String path, List<String> violations) {
        JsonNode shape = model.path("shapes").path(shapeName);
        String type = shape.path("type").asText();
        switch (type) {
            case "structure" -> {
                if (!value.isObject()) {
                    violations.add(path + ": " + shapeName + " must be an object");
                    return;
                }
                for (JsonNode required : shape.path("required")) {
                    if (!value.has(required.asText())) {
                        violations.add(path + ": required " + required.asText() + " of " + shapeName + " is missing");
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode member = shape.path("members").path(field.getKey());
                    if (member.isMissingNode()) {
                        violations.add(path + "." + field.getKey() + ": not a member of " + shapeName);
                    } else {
                        check(member.path("shape").asText(), field.getValue(), path + "." + field.getKey(), violations);
                    }
                }
            }
            case "list" -> {
                if (!value.isArray()) {
                    violations.add(path + ": " + shapeName + " must be a list");
                    return;
                }
                int i = 0;
                for (JsonNode element : value) {
                    check(shape.path("member").path("shape").asText(), element, path + "[" + i++ + "]", violations);
                }
            }
            case "map" -> {
                if (!value.isObject()) {
                    violations.add(path + ": " + shapeName + " must be a map");
                    return;
                }
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    check(shape.path("value").path("shape").asText(), field.getValue(), path + "." + field.getKey(), violations);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    violations.add(path + ": " + shapeName + " must be a string, is " + value);
                } else if (shape.has("enum")) {
                    boolean known = false;
                    for (JsonNode allowed : shape.path("enum")) {
                        known |= allowed.asText().equals(value.asText());
                    }
                    if (!known) {
                        violations.add(path + ": '" + value.asText() + "' is not a value of " + shapeName + " " + shape.path("enum"));
                    }
                }
            }
            case "integer", "long" -> {
                if (!value.isIntegralNumber()) {
                    violations.add(path + ": " + shapeName + " must be a whole number, is " + value);
                }
            }
            case "double", "float" -> {
                if (!value.isNumber()) {
                    violations.add(path + ": " + shapeName + " must be a number, is " + value);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    violations.add(path + ": " + shapeName + " must be a boolean, is " + value);
                }
            }
            case "timestamp" -> {
                // awsJson1.1 timestamps are epoch seconds as numbers
                if (!value.isNumber()) {
                    violations.add(path + ": " + shapeName + " must be epoch seconds (a number), is " + value);
                }
            }
            default -> violations.add(path + ": shape " + shapeName + " of type '" + type + "' is not known to the checker");
        }
    }
}
