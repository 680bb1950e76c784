package dev.codestages.codedeploy;

import java.security.SecureRandom;
import java.util.stream.Collectors;

/**
 * New deployment ids in CodeDeploy's form: {@code d-} and nine upper-case letters or digits
 * ({@code d-7F3K2Q9ZB}). A group deployment and its rollback each get one.
 */
public final class DeploymentIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DeploymentIds() {
    }

    public static String next() {
        return RANDOM.ints(9, 0, ALPHABET.length()).mapToObj(i -> String.valueOf(ALPHABET.charAt(i)))
                .collect(Collectors.joining("", "d-", ""));
    }
}
