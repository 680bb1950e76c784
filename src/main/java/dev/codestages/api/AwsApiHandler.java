package dev.codestages.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The AWS API on localhost: answers {@code POST /} requests in the awsJson1.1 protocol
 * ({@code X-Amz-Target: Service_Version.Operation}, {@code Content-Type: application/x-amz-json-1.1}) for
 * CodePipeline, CodeDeploy and CodeBuild, so that the real {@code aws} CLI
 * ({@code aws --endpoint-url http://127.0.0.1:PORT codepipeline get-pipeline-state ...}) drives the local
 * engine and reads the same execution store as {@code codestages run} and the console. Every request must
 * come to this machine's own name (a foreign Host header is refused) and carry a Signature Version 4 made
 * with the server's {@link ApiCredentials}, scoped to Region {@value LocalAccount#REGION}. Errors have AWS's
 * shape, {@code {"__type": ..., "message": ...}}; an operation that is not here answers
 * UnknownOperationException as AWS does. The local server mounts it for the requests that carry an
 * {@code X-Amz-Target} header.
 */
public final class AwsApiHandler implements HttpHandler {

    /** The awsJson1.1 content type of every answer. */
    public static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    /** Requests larger than this are refused: the operations here take a few hundred bytes. */
    private static final int MAX_BODY = 1 << 20;

    private static final Pattern LOCAL_HOST = Pattern.compile("(localhost|127\\.0\\.0\\.1)(:(\\d+))?");

    private final List<AwsService> services;
    private final SigV4Verifier verifier;
    private final Clock wallClock;

    public AwsApiHandler(ApiProject project, ApiCredentials credentials) {
        this(project, credentials, Clock.systemUTC());
    }

    /** With the wall clock signatures are checked against (15 minutes either way), for tests. */
    AwsApiHandler(ApiProject project, ApiCredentials credentials, Clock wallClock) {
        this.services = List.of(new CodePipelineApi(project), new CodeDeployApi(project), new CodeBuildApi(project));
        this.verifier = new SigV4Verifier(credentials);
        this.wallClock = wallClock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            int status = 200;
            String body;
            try {
                body = ApiJsonWriter.write(answer(exchange));
            } catch (AwsApiError e) {
                status = e.httpStatus();
                body = ApiJsonWriter.write(ApiJsonWriter.object("__type", e.type(), "message", e.getMessage()));
            } catch (RuntimeException e) {
                // a bug answers as AWS answers its own failures, never as a hung connection
                status = 500;
                body = ApiJsonWriter.write(ApiJsonWriter.object("__type", "InternalFailure", "message", e.toString()));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } finally {
            exchange.close();
        }
    }

    private Object answer(HttpExchange exchange) throws AwsApiError, IOException {
        checkHost(exchange);
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getRawPath().equals("/")) {
            throw new AwsApiError("UnknownOperationException", "the AWS API takes POST / with an X-Amz-Target header", 404);
        }
        byte[] body = read(exchange.getRequestBody());
        String signedFor = verifier.verify(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders()::get, body, wallClock.instant());
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        int dot = target == null ? -1 : target.indexOf('.');
        AwsService service = dot < 0 ? null : services.stream()
                .filter(s -> s.targetPrefix().equals(target.substring(0, dot))).findFirst().orElse(null);
        if (service == null) {
            throw AwsService.unknownTarget(String.valueOf(target));
        }
        if (!service.signingName().equals(signedFor)) {
            throw new AwsApiError("InvalidSignatureException", "Credential should be scoped to correct service: '"
                    + service.signingName() + "'.");
        }
        return service.call(target.substring(dot + 1), ApiInput.parse(body));
    }

    /** Only this machine's own names: a page elsewhere cannot reach the API by rebinding its DNS name to 127.0.0.1. */
    private static void checkHost(HttpExchange exchange) throws AwsApiError {
        String host = exchange.getRequestHeaders().getFirst("Host");
        var match = host == null ? null : LOCAL_HOST.matcher(host);
        if (match == null || !match.matches()
                || match.group(3) != null && !match.group(3).equals(Integer.toString(exchange.getLocalAddress().getPort()))) {
            throw new AwsApiError("AccessDeniedException", "refused: the Host header '" + host + "' does not name this"
                    + " local server (localhost or 127.0.0.1)", 403);
        }
    }

    private static byte[] read(InputStream in) throws IOException, AwsApiError {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new AwsApiError("SerializationException", "the request body is larger than " + MAX_BODY + " bytes", 413);
        }
        return bytes;
    }
}
