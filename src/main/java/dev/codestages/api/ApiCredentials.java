package dev.codestages.api;

import java.security.SecureRandom;

/**
 * The access key id and secret access key the local API accepts: made fresh each time the server starts,
 * printed by it for the user's {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY}, never written to
 * disk. The key id starts with {@code CSLOCAL} so it can never be taken for a real AWS key ({@code AKIA...}).
 */
public record ApiCredentials(String accessKeyId, String secretAccessKey) {

    private static final String KEY_ID_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public ApiCredentials {
        if (accessKeyId == null || accessKeyId.isBlank() || secretAccessKey == null || secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("an access key id and a secret access key are needed");
        }
    }

    /** A new random pair, 20 and 40 characters long as AWS's are. */
    public static ApiCredentials generate() {
        SecureRandom random = new SecureRandom();
        return new ApiCredentials("CSLOCAL" + letters(random, KEY_ID_LETTERS, 13), letters(random, SECRET_LETTERS, 40));
    }

    private static String letters(SecureRandom random, String alphabet, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /**
     * What the server prints for its user: the endpoint and the environment the {@code aws} CLI needs
     * ({@code AWS_CONFIG_FILE=/dev/null} keeps a real account's profile out of the way).
     */
    public String instructions(String endpoint) {
        return "AWS API: aws --endpoint-url " + endpoint + " codepipeline list-pipelines\n"
                + "  with: export AWS_ACCESS_KEY_ID=" + accessKeyId + " AWS_SECRET_ACCESS_KEY=" + secretAccessKey
                + " AWS_DEFAULT_REGION=" + LocalAccount.REGION + " AWS_CONFIG_FILE=/dev/null";
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "ApiCredentials[" + accessKeyId + "]";
    }
}
