package dev.codestages.codedeploy;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * New deployment ids in CodeDeploy's form: {@code d-} and nine upper-case letters or digits
 * ({@code d-7F3K2Q9ZB}). A group deployment and its rollback each get one.
 */
public final class DeploymentIds {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("d-[A-Z0-9]{9}");

    private DeploymentIds() {
    }

    /** True when {@code text} has a deployment id's form: also what keeps a request file's name in its folder. */
    public static boolean isId(String text) {
        return FORM.matcher(text).matches();
    }

    public static String next() {
        return RANDOM.ints(9, 0, ALPHABET.length()).mapToObj(i -> String.valueOf(ALPHABET.charAt(i)))
                .collect(Collectors.joining("", "d-", ""));
    }
}
