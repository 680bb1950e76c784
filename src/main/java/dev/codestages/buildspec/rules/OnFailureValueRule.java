package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildPhase;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.OnFailure;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BS040: an 'on-failure' value that is none of the documented forms, or retries more than 100 times. */
public final class OnFailureValueRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS040", "invalid on-failure value", Severity.ERROR,
            FileKind.BUILDSPEC,
            "A phase's 'on-failure' takes ABORT (stop the build), CONTINUE (go on to the next phase), RETRY (retry"
                    + " up to three times), RETRY-<count> (count 0 to 100), RETRY-<regex> (retry only when the"
                    + " error message matches) or RETRY-<count>-<regex>. Anything else is not a value CodeBuild"
                    + " knows, including the syntax outline's placeholder 'ABORT | CONTINUE' copied as it is."
                    + " Values in another case ('abort') are reported by BS041 instead, because the reference"
                    + " itself writes 'Retry-…' in one example.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        on-failure: ABORT | CONTINUE
                        commands:
                          - make
                    """, """
                    version: 0.2
                    phases:
                      build:
                        on-failure: ABORT
                        commands:
                          - make
                    """);

    /** Words people write, with the value that does what they meant. */
    private static final Map<String, String> MEANT = Map.of(
            "STOP", "ABORT", "FAIL", "ABORT", "EXIT", "ABORT", "HALT", "ABORT",
            "IGNORE", "CONTINUE", "SKIP", "CONTINUE", "PROCEED", "CONTINUE", "NEXT", "CONTINUE",
            "RETRIES", "RETRY", "REPEAT", "RETRY");
    /** 'RETRY3', 'RETRY_3', 'RETRY 3': a count without its dash. */
    /** A count followed by a dash and nothing else. */
    private static final Pattern EMPTY_REGEX = Pattern.compile("(?i)RETRY-\\d+-");
    private static final Pattern COUNT_WITHOUT_DASH = Pattern.compile("(?i)RETRY[_ ]?(\\d+)(.*)", Pattern.DOTALL);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (BuildPhase phase : buildspec.buildPhases()) {
            if (phase.onFailure() != null) {
                check(phase.onFailure(), context);
            }
        }
    }

    private static void check(OnFailure read, RuleContext context) {
        String reason = read.invalidReason();
        if (reason == null) {
            return; // BS041 reports the unclear forms
        }
        switch (read.kind()) {
            case PLACEHOLDER:
                context.report(read.at(), reason, "choose one: ABORT stops the build, CONTINUE goes on to the next phase");
                break;
            case INVALID:
                context.report(read.at(), reason, hint(read.raw()));
                break;
            default:
                context.report(read.at(), reason, "write a count of " + OnFailure.MAX_COUNT + " or less, such as RETRY-3");
                break;
        }
    }

    private static String hint(String raw) {
        Matcher countOnly = COUNT_WITHOUT_DASH.matcher(raw);
        if (countOnly.matches()) {
            return "did you mean 'RETRY-" + countOnly.group(1) + countOnly.group(2) + "'?";
        }
        String upper = raw.toUpperCase(Locale.ROOT);
        if (EMPTY_REGEX.matcher(raw).matches()) {
            return "write " + raw.substring(0, raw.length() - 1) + ", or add the regex after the dash";
        }
        if (upper.equals("RETRY-")) {
            return "write RETRY, RETRY-<count> or RETRY-<regex>";
        }
        int dash = raw.indexOf('-');
        String word = dash < 0 ? raw : raw.substring(0, dash);
        String rest = dash < 0 ? "" : raw.substring(dash);
        String meant = MEANT.get(word.strip().toUpperCase(Locale.ROOT));
        if (meant == null) {
            meant = DidYouMean.suggest(word, OnFailure.KEYWORDS);
        }
        if (meant == null) {
            return null;
        }
        return "did you mean '" + meant + (meant.equals("RETRY") ? rest : "") + "'?";
    }
}
