package dev.codestages.buildspec;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlScalar;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A phase's {@code on-failure} value, the one reading of it for the rules (BS040, BS041) and the
 * runner. The buildspec reference (https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html,
 * {@code phases/<phase>/on-failure}) gives {@code ABORT} (stop the build), {@code CONTINUE} (go on to the
 * next phase), {@code RETRY} (retry up to 3 times, on any error), {@code RETRY-<count>} (count 0 to 100),
 * {@code RETRY-<regex>} (retry only when the error message matches, up to 3 times) and
 * {@code RETRY-<count>-<regex>}. The reference writes the keywords in upper case but one of its
 * examples writes {@code Retry-…}, so another case is read as the same action (and BS041 warns).
 */
public final class OnFailure {

    /** What CodeBuild does after the phase fails. */
    public enum Action {
        ABORT, CONTINUE, RETRY
    }

    /** How a value reads. */
    public enum Kind {
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

    /** The ids of the rules that report {@link #invalidReason} and {@link #unclearReason}; a test keeps them equal. */
    public static final String INVALID_RULE = "BS040";
    public static final String UNCLEAR_RULE = "BS041";

    public static final List<String> KEYWORDS = List.of("ABORT", "CONTINUE", "RETRY");
    public static final String FORMS = "ABORT, CONTINUE, RETRY, RETRY-<count>, RETRY-<regex> or RETRY-<count>-<regex>";
    public static final int MAX_COUNT = 100;
    /** The reference: RETRY without a count "retries up to 3 times". */
    public static final int DEFAULT_RETRIES = 3;

    private static final String FORM = "ABORT|CONTINUE|RETRY(?:-(?<count>\\d+)(?:-(?<re1>.+))?|-(?<re2>\\D.*))?";
    private static final Pattern EXACT = Pattern.compile(FORM, Pattern.DOTALL);
    private static final Pattern ANY_CASE = Pattern.compile(FORM, Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** Digits run straight into other text: a count or the start of a regex? */
    private static final Pattern DIGITS_THEN_TEXT = Pattern.compile("(?i)RETRY-(\\d+)([^-\\d].*)", Pattern.DOTALL);
    /** A count followed by a dash and nothing else. */
    private static final Pattern EMPTY_REGEX = Pattern.compile("(?i)RETRY-\\d+-");
    /** Constructs that Java accepts but Go's RE2 syntax rejects. */
    private static final Pattern NOT_IN_GO = Pattern.compile("\\(\\?<?[=!]|\\(\\?>|\\\\[1-9]|[*+?}][+]");

    private final String raw;
    private final String quoted;
    private final Position at;
    private final Kind kind;
    private final BigInteger count;
    private final String regex;
    private Pattern compiledRegex;

    private OnFailure(String raw, String quoted, Position at, Kind kind, BigInteger count, String regex) {
        this.raw = raw;
        this.quoted = quoted;
        this.at = at;
        this.kind = kind;
        this.count = count;
        this.regex = regex;
    }

    /** Reads the value of an {@code on-failure} key. */
    public static OnFailure of(YamlScalar value) {
        return read(value.value(), value.quoted(), value.start());
    }

    /** Reads a value as text, for tests and tables. */
    public static OnFailure read(String raw) {
        return read(raw, "'" + raw + "'", Position.START);
    }

    private static OnFailure read(String raw, String quoted, Position at) {
        if (isPlaceholder(raw)) {
            return new OnFailure(raw, quoted, at, Kind.PLACEHOLDER, null, null);
        }
        if (DIGITS_THEN_TEXT.matcher(raw).matches()) {
            return new OnFailure(raw, quoted, at, Kind.AMBIGUOUS_COUNT, null, null);
        }
        Matcher exact = EXACT.matcher(raw);
        if (exact.matches()) {
            return parsed(raw, quoted, at, Kind.DOCUMENTED, exact);
        }
        Matcher anyCase = ANY_CASE.matcher(raw);
        if (anyCase.matches()) {
            return parsed(raw, quoted, at, Kind.OTHER_CASE, anyCase);
        }
        return new OnFailure(raw, quoted, at, Kind.INVALID, null, null);
    }

    private static OnFailure parsed(String raw, String quoted, Position at, Kind kind, Matcher m) {
        String count = m.group("count");
        String regex = m.group("re1") != null ? m.group("re1") : m.group("re2");
        return new OnFailure(raw, quoted, at, kind, count == null ? null : new BigInteger(count), regex);
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

    /** The value as written. */
    public String raw() {
        return raw;
    }

    /** The value for a message: {@code 'abort'}. */
    public String quoted() {
        return quoted;
    }

    /** Where the value is written. */
    public Position at() {
        return at;
    }

    public Kind kind() {
        return kind;
    }

    /** The retry count as written, or null when none is written. */
    public BigInteger count() {
        return count;
    }

    /** The regex as written, or null when none is written. */
    public String regex() {
        return regex;
    }

    /** The action, or null when the value is none of the forms (see {@link #invalidReason}). */
    public Action action() {
        if (kind != Kind.DOCUMENTED && kind != Kind.OTHER_CASE) {
            return null;
        }
        return Action.valueOf(raw.substring(0, raw.indexOf('-') < 0 ? raw.length() : raw.indexOf('-'))
                .toUpperCase(Locale.ROOT));
    }

    /** How many times a RETRY value reruns the phase: its count, or 3 without one; 0 for other actions. */
    public int retries() {
        if (action() != Action.RETRY) {
            return 0;
        }
        return count == null ? DEFAULT_RETRIES : count.min(BigInteger.valueOf(MAX_COUNT)).intValue();
    }

    /**
     * True when a RETRY value retries after this error message: always without a regex, else when the
     * regex is found in it. Only called for a value with no {@link #unclearReason}, whose regex compiles.
     */
    public boolean retriesOn(String errorMessage) {
        if (regex == null) {
            return true;
        }
        if (compiledRegex == null) {
            compiledRegex = Pattern.compile(regex); // once per value, on its first failure
        }
        return compiledRegex.matcher(errorMessage).find();
    }

    public boolean countTooHigh() {
        return count != null && count.compareTo(BigInteger.valueOf(MAX_COUNT)) > 0;
    }

    /** Why the regex cannot be used, or null when it is fine or absent. */
    public String regexProblem() {
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
    public String upperCased() {
        int dash = raw.indexOf('-');
        if (dash < 0) {
            return raw.toUpperCase(Locale.ROOT);
        }
        return raw.substring(0, dash).toUpperCase(Locale.ROOT) + raw.substring(dash);
    }

    /**
     * The finding that keeps the runner from playing this value (BS040's or BS041's), or null when the
     * runner can play it: a documented form, in any case, with a count of 100 or less and a usable regex.
     */
    public BuildspecProblem problem() {
        String invalid = invalidReason();
        if (invalid != null) {
            return new BuildspecProblem(INVALID_RULE, at, invalid);
        }
        String unclear = unclearReason();
        return unclear == null ? null : new BuildspecProblem(UNCLEAR_RULE, at, unclear);
    }

    /**
     * BS040's message when CodeBuild knows no such value (a placeholder, none of the forms, a count above
     * 100), or null.
     */
    public String invalidReason() {
        switch (kind) {
            case PLACEHOLDER:
                return "on-failure " + quoted + " is the placeholder from the reference's syntax outline, not a value";
            case INVALID:
                String upper = raw.toUpperCase(Locale.ROOT);
                if (upper.equals("RETRY-")) {
                    return "on-failure " + quoted + " has nothing after 'RETRY-'; expected a count or a regex";
                }
                if (EMPTY_REGEX.matcher(raw).matches()) {
                    return "on-failure " + quoted + " has an empty regex after the count";
                }
                return "on-failure " + quoted + " is not a valid value; expected " + FORMS;
            case DOCUMENTED:
            case OTHER_CASE:
                return countTooHigh() ? "on-failure " + quoted + " retries " + count + " times; the count must be 0 to "
                        + MAX_COUNT : null;
            default:
                return null;
        }
    }

    /**
     * BS041's message when how CodeBuild reads the value is unclear (a count running into text, a regex
     * that cannot be matched), or null; another case than the reference's is not unclear in this sense.
     */
    public String unclearReason() {
        if (kind == Kind.AMBIGUOUS_COUNT) {
            return "on-failure " + quoted + " runs a count into other text; it is unclear whether CodeBuild reads a"
                    + " count or a regex";
        }
        if (kind != Kind.DOCUMENTED && kind != Kind.OTHER_CASE) {
            return null;
        }
        String problem = regexProblem();
        return problem == null ? null : "on-failure regex '" + regex + "' " + problem
                + "; CodeBuild cannot match it against the error message";
    }
}
