package dev.codestages.buildspec.rules;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a phase's {@code on-failure} value says, read the way the buildspec reference writes it:
 * {@code ABORT}, {@code CONTINUE}, {@code RETRY}, {@code RETRY-<count>}, {@code RETRY-<regex>} or
 * {@code RETRY-<count>-<regex>}, the count 0 to 100. Shared by BS040 (errors) and BS041 (warnings).
 */
final class OnFailureValue {

    static final List<String> KEYWORDS = List.of("ABORT", "CONTINUE", "RETRY");
    static final String FORMS = "ABORT, CONTINUE, RETRY, RETRY-<count>, RETRY-<regex> or RETRY-<count>-<regex>";
    static final int MAX_COUNT = 100;

    private static final String FORM = "ABORT|CONTINUE|RETRY(?:-(?<count>\\d+)(?:-(?<re1>.+))?|-(?<re2>\\D.*))?";
    private static final Pattern EXACT = Pattern.compile(FORM, Pattern.DOTALL);
    private static final Pattern ANY_CASE = Pattern.compile(FORM, Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** Digits run straight into other text: a count or the start of a regex? */
    private static final Pattern DIGITS_THEN_TEXT = Pattern.compile("(?i)RETRY-(\\d+)([^-\\d].*)", Pattern.DOTALL);
    /** Constructs that Java accepts but Go's RE2 syntax rejects. */
    private static final Pattern NOT_IN_GO = Pattern.compile("\\(\\?<?[=!]|\\(\\?>|\\\\[1-9]|[*+?}][+]");

    /** How a value reads. */
    enum Kind {
        /** Exactly one of the documented forms. */
        DOCUMENTED,
        /** A documented form in another case, such as 'abort' or 'Retry-3'. */
        OTHER_CASE,
        /** The syntax outline's 'ABORT | CONTINUE', copied as it is. */
        PLACEHOLDER,
        /** 'RETRY-4x': digits then text, which is neither a count nor clearly a regex. */
        AMBIGUOUS_COUNT,
        /** None of the forms. */
        INVALID
    }

    final String raw;
    final Kind kind;
    /** The retry count, or null when none is written. */
    final BigInteger count;
    /** The regex, or null when none is written. */
    final String regex;

    private OnFailureValue(String raw, Kind kind, BigInteger count, String regex) {
        this.raw = raw;
        this.kind = kind;
        this.count = count;
        this.regex = regex;
    }

    static OnFailureValue read(String raw) {
        if (isPlaceholder(raw)) {
            return new OnFailureValue(raw, Kind.PLACEHOLDER, null, null);
        }
        if (DIGITS_THEN_TEXT.matcher(raw).matches()) {
            return new OnFailureValue(raw, Kind.AMBIGUOUS_COUNT, null, null);
        }
        Matcher exact = EXACT.matcher(raw);
        if (exact.matches()) {
            return parsed(raw, Kind.DOCUMENTED, exact);
        }
        Matcher anyCase = ANY_CASE.matcher(raw);
        if (anyCase.matches()) {
            return parsed(raw, Kind.OTHER_CASE, anyCase);
        }
        return new OnFailureValue(raw, Kind.INVALID, null, null);
    }

    private static OnFailureValue parsed(String raw, Kind kind, Matcher m) {
        String count = m.group("count");
        String regex = m.group("re1") != null ? m.group("re1") : m.group("re2");
        return new OnFailureValue(raw, kind, count == null ? null : new BigInteger(count), regex);
    }

    /** 'ABORT | CONTINUE' and the like: several keywords joined by '|', as in the syntax outline. */
    private static boolean isPlaceholder(String raw) {
        String[] parts = raw.split("\\|", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!KEYWORDS.contains(part.strip().toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    boolean countTooHigh() {
        return count != null && count.compareTo(BigInteger.valueOf(MAX_COUNT)) > 0;
    }

    /** Why the regex cannot be used, or null when it is fine or absent. */
    String regexProblem() {
        if (regex == null) {
            return null;
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return "is not a valid regular expression (" + e.getDescription() + ")";
        }
        Matcher unsupported = NOT_IN_GO.matcher(regex);
        if (unsupported.find()) {
            return "uses '" + unsupported.group() + "', which Go regular expressions (the CodeBuild agent is a Go"
                    + " program) do not support";
        }
        return null;
    }

    /** The same value in the documented upper case: 'Retry-3-timeout' gives 'RETRY-3-timeout'. */
    String upperCased() {
        int dash = raw.indexOf('-');
        if (dash < 0) {
            return raw.toUpperCase(Locale.ROOT);
        }
        return raw.substring(0, dash).toUpperCase(Locale.ROOT) + raw.substring(dash);
    }
}
