package dev.codestages.codedeploy.lambda;

import java.util.regex.Pattern;

/**
 * The names the Lambda API accepts, checked before any of them becomes a path in the store, so that no
 * {@code ..}, {@code /} or other character can lead a write outside it. Patterns and lengths are those of the
 * Lambda API reference (CreateAlias, GetAlias, PublishVersion:
 * https://docs.aws.amazon.com/lambda/latest/api/API_CreateAlias.html): a function name is
 * {@code [a-zA-Z0-9-_]+}, at most 64 characters when given without an ARN; an alias name is
 * {@code (?!^[0-9]+$)([a-zA-Z0-9-_]+)}, 1 to 128 characters (not all digits, so that it never reads as a
 * version); a version is {@code $LATEST} or a number. ARNs are not accepted: the store is local.
 */
public final class LambdaNames {

    /** The unpublished, editable version every function has. */
    public static final String LATEST = "$LATEST";

    private static final Pattern FUNCTION = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Pattern ALIAS = Pattern.compile("(?!^[0-9]+$)[a-zA-Z0-9_-]{1,128}");
    private static final Pattern VERSION = Pattern.compile("[0-9]+");

    private LambdaNames() {
    }

    /** Returns {@code name} when it is a valid function name; otherwise AWS's validation message. */
    public static String function(String name) throws LambdaException {
        return checked(name, FUNCTION, "functionName", "[a-zA-Z0-9-_]+ (at most 64 characters)");
    }

    /** Returns {@code name} when it is a valid alias name; otherwise AWS's validation message. */
    public static String alias(String name) throws LambdaException {
        return checked(name, ALIAS, "name", "(?!^[0-9]+$)([a-zA-Z0-9-_]+) (1 to 128 characters)");
    }

    /** True for {@code $LATEST} and published version numbers, false for alias names. */
    public static boolean isVersion(String qualifier) {
        return LATEST.equals(qualifier) || VERSION.matcher(qualifier).matches();
    }

    /** Returns {@code version} when it is {@code $LATEST} or a number; otherwise AWS's validation message. */
    public static String version(String version) throws LambdaException {
        if (version != null && isVersion(version)) {
            return version;
        }
        throw invalid(version, "functionVersion", "(\\$LATEST|[0-9]+)");
    }

    private static String checked(String value, Pattern pattern, String member, String shown) throws LambdaException {
        if (value != null && pattern.matcher(value).matches()) {
            return value;
        }
        throw invalid(value, member, shown);
    }

    // the wording of the Lambda API's ValidationException ("1 validation error detected: Value ... at ...
    // failed to satisfy constraint: Member must satisfy regular expression pattern: ...")
    private static LambdaException invalid(String value, String member, String pattern) {
        return new LambdaException("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: Member must satisfy regular expression pattern: " + pattern);
    }
}
