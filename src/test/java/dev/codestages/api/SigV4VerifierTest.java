package dev.codestages.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link SigV4Verifier} on the post-vanilla request of AWS's Signature Version 4 test suite (key
 * AKIDEXAMPLE, Region us-east-1, service "service", 20150830T123600Z), and on what AWS refuses.
 */
class SigV4VerifierTest {

    private static final ApiCredentials EXAMPLE = new ApiCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static final Instant SIGNED_AT = Instant.parse("2015-08-30T12:36:00Z");
    private static final String POST_VANILLA = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
            + " SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";

    private final SigV4Verifier verifier = new SigV4Verifier(EXAMPLE);

    private static Map<String, List<String>> headers(String authorization) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Host", List.of("example.amazonaws.com"));
        headers.put("X-Amz-Date", List.of("20150830T123600Z"));
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        return headers;
    }

    private AwsApiError refusal(Map<String, List<String>> headers, String body, Instant now) {
        return catchThrowableOfType(() -> verifier.verify("POST", "/", null, headers::get,
                body.getBytes(StandardCharsets.UTF_8), now), AwsApiError.class);
    }

    @Test
    void theTestSuitesPostVanillaRequestVerifiesAndNamesItsService() throws AwsApiError {
        assertThat(verifier.verify("POST", "/", null, headers(POST_VANILLA)::get, new byte[0], SIGNED_AT)).isEqualTo("service");
    }

    @Test
    void aChangedBodyOrAnotherSecretIsInvalidSignatureException() {
        assertThat(refusal(headers(POST_VANILLA), "{}", SIGNED_AT).type()).isEqualTo("InvalidSignatureException");
        AwsApiError otherSecret = catchThrowableOfType(() -> new SigV4Verifier(new ApiCredentials("AKIDEXAMPLE", "other"))
                .verify("POST", "/", null, headers(POST_VANILLA)::get, new byte[0], SIGNED_AT), AwsApiError.class);
        assertThat(otherSecret.type()).isEqualTo("InvalidSignatureException");
        assertThat(otherSecret.getMessage()).startsWith("The request signature we calculated does not match");
    }

    @Test
    void anUnknownKeyIdIsUnrecognizedClientException() {
        AwsApiError error = refusal(headers(POST_VANILLA.replace("AKIDEXAMPLE", "AKIDOTHER")), "", SIGNED_AT);
        assertThat(error.type()).isEqualTo("UnrecognizedClientException");
        assertThat(error.httpStatus()).isEqualTo(400);
    }

    @Test
    void aSignatureMoreThanFifteenMinutesOldIsRefused() {
        AwsApiError error = refusal(headers(POST_VANILLA), "", SIGNED_AT.plus(Duration.ofMinutes(16)));
        assertThat(error.type()).isEqualTo("InvalidSignatureException");
        assertThat(error.getMessage()).startsWith("Signature expired: 20150830T123600Z");
    }

    @Test
    void aRequestWithoutAuthorizationIsMissingAuthenticationToken() {
        AwsApiError error = refusal(headers(null), "", SIGNED_AT);
        assertThat(error.type()).isEqualTo("MissingAuthenticationTokenException");
        assertThat(error.httpStatus()).isEqualTo(403);
    }

    @Test
    void anotherRegionOrAnUnsignedHostIsRefused() {
        assertThat(refusal(headers(POST_VANILLA.replace("us-east-1", "eu-west-1")), "", SIGNED_AT).getMessage())
                .startsWith("Credential should be scoped to a valid region, not 'eu-west-1'");
        assertThat(refusal(headers(POST_VANILLA.replace("host;x-amz-date", "x-amz-date")), "", SIGNED_AT).getMessage())
                .contains("'Host' must be a 'SignedHeader'");
    }
}
