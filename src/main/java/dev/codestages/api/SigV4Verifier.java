package dev.codestages.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a request's Signature Version 4 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html):
 * the {@code Authorization} header's credential scope (key id, date, Region, service, {@code aws4_request}), the
 * canonical request made of the method, path, query, the signed headers (the Host among them) and the body's
 * SHA-256, and the {@code X-Amz-Date} within 15 minutes of now. It answers as AWS JSON services do: an unknown
 * key id is UnrecognizedClientException, a signature that does not match InvalidSignatureException, a missing
 * or malformed header MissingAuthenticationTokenException or IncompleteSignatureException.
 */
final class SigV4Verifier {

    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Duration SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final HexFormat HEX = HexFormat.of();

    private final ApiCredentials credentials;

    SigV4Verifier(ApiCredentials credentials) {
        this.credentials = credentials;
    }

    /**
     * Verifies a request.
     *
     * @param header the request's header values by name, in any case
     * @return the service the signature is scoped to ({@code codepipeline}, ...)
     */
    String verify(String method, String rawPath, String rawQuery, Function<String, List<String>> header, byte[] body,
                  Instant now) throws AwsApiError {
        String authorization = single(header, "authorization");
        if (authorization == null) {
            throw new AwsApiError("MissingAuthenticationTokenException", "Missing Authentication Token", 403);
        }
        if (!authorization.startsWith(ALGORITHM + " ")) {
            throw new AwsApiError("IncompleteSignatureException", "Authorization header must use " + ALGORITHM
                    + " (Signature Version 4)");
        }
        Map<String, String> parts = parts(authorization.substring(ALGORITHM.length() + 1));
        for (String part : List.of("Credential", "SignedHeaders", "Signature")) {
            if (!parts.containsKey(part)) {
                throw new AwsApiError("IncompleteSignatureException", "Authorization header requires '" + part
                        + "' parameter.");
            }
        }
        String[] scope = parts.get("Credential").split("/", -1);
        if (scope.length != 5 || !scope[4].equals("aws4_request")) {
            throw new AwsApiError("IncompleteSignatureException", "Credential must have the form"
                    + " KEYID/YYYYMMDD/REGION/SERVICE/aws4_request");
        }
        if (!MessageDigest.isEqual(scope[0].getBytes(StandardCharsets.UTF_8),
                credentials.accessKeyId().getBytes(StandardCharsets.UTF_8))) {
            throw new AwsApiError("UnrecognizedClientException", "The security token included in the request is invalid.");
        }
        String amzDate = single(header, "x-amz-date");
        if (amzDate == null) {
            throw new AwsApiError("IncompleteSignatureException", "Authorization header requires existence of a"
                    + " 'X-Amz-Date' header.");
        }
        checkTime(amzDate, now);
        if (!amzDate.startsWith(scope[1])) {
            throw new AwsApiError("InvalidSignatureException", "Date in Credential scope does not match YYYYMMDD from"
                    + " X-Amz-Date: " + amzDate);
        }
        if (!scope[2].equals(LocalAccount.REGION)) {
            throw new AwsApiError("InvalidSignatureException", "Credential should be scoped to a valid region, not '"
                    + scope[2] + "'. The local API answers for " + LocalAccount.REGION + " only.");
        }
        List<String> signed = List.of(parts.get("SignedHeaders").split(";"));
        if (!signed.contains("host")) {
            throw new AwsApiError("InvalidSignatureException", "'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        String canonical = canonicalRequest(method, rawPath, rawQuery, header, signed, body);
        String credentialScope = String.join("/", scope[1], scope[2], scope[3], scope[4]);
        String toSign = ALGORITHM + "\n" + amzDate + "\n" + credentialScope + "\n" + sha256(canonical.getBytes(StandardCharsets.UTF_8));
        byte[] key = hmac(("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8), scope[1]);
        key = hmac(key, scope[2]);
        key = hmac(key, scope[3]);
        key = hmac(key, "aws4_request");
        String expected = HEX.formatHex(hmac(key, toSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                parts.get("Signature").getBytes(StandardCharsets.UTF_8))) {
            throw new AwsApiError("InvalidSignatureException", "The request signature we calculated does not match the"
                    + " signature you provided. Check your AWS Secret Access Key and signing method. Consult the"
                    + " service documentation for details.");
        }
        return scope[3];
    }

    private static void checkTime(String amzDate, Instant now) throws AwsApiError {
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new AwsApiError("IncompleteSignatureException", "X-Amz-Date must have the form YYYYMMDD'T'HHMMSS'Z', got "
                    + amzDate);
        }
        if (signedAt.isBefore(now.minus(SKEW)) || signedAt.isAfter(now.plus(SKEW))) {
            throw new AwsApiError("InvalidSignatureException", "Signature expired: " + amzDate + " is more than 15"
                    + " minutes away from the server's time " + AMZ_DATE.format(now.atOffset(ZoneOffset.UTC)) + ".");
        }
    }

    private static String canonicalRequest(String method, String rawPath, String rawQuery,
                                           Function<String, List<String>> header, List<String> signed, byte[] body)
            throws AwsApiError {
        StringBuilder request = new StringBuilder();
        request.append(method).append('\n');
        request.append(rawPath == null || rawPath.isEmpty() ? "/" : rawPath).append('\n');
        request.append(canonicalQuery(rawQuery)).append('\n');
        for (String name : signed) {
            List<String> values = header.apply(name);
            if (values == null) {
                throw new AwsApiError("InvalidSignatureException", "the signed header '" + name + "' is not in the request");
            }
            List<String> trimmed = new ArrayList<>();
            for (String value : values) {
                trimmed.add(value.strip().replaceAll("\\s+", " "));
            }
            request.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        request.append('\n').append(String.join(";", signed)).append('\n');
        request.append(sha256(body));
        return request.toString();
    }

    /** The query's name=value pairs sorted, as the client encoded them. */
    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            pairs.add(pair.contains("=") ? pair : pair + "=");
        }
        pairs.sort(null);
        return String.join("&", pairs);
    }

    private static Map<String, String> parts(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip(), part.substring(equals + 1).strip());
            }
        }
        return parts;
    }

    private static String single(Function<String, List<String>> header, String name) {
        List<String> values = header.apply(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
