package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildPhase;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.OnFailure;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/**
 * BS041: an 'on-failure' value that CodeBuild may read otherwise than meant: another case than the
 * reference's, a count running into text ('RETRY-4x'), or a regex that cannot be used.
 */
public final class OnFailureFormRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS041", "on-failure value may not be read as meant",
            Severity.WARNING, FileKind.BUILDSPEC,
            "The reference writes the 'on-failure' values in upper case (ABORT, CONTINUE, RETRY-<count>-<regex>);"
                    + " whether CodeBuild also accepts 'abort' or 'Retry-3' is not documented (one example in the"
                    + " reference writes 'Retry-…'), so write them in upper case. In 'RETRY-4x' the digits could be a"
                    + " count or the start of a regex: write RETRY-4 or RETRY-<count>-<regex>. A regex that does not"
                    + " compile, or uses look-arounds or back-references (which Go regular expressions lack; the"
                    + " CodeBuild agent is a Go program), cannot be matched against the error message.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        on-failure: abort
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
        if (read.kind() == OnFailure.Kind.AMBIGUOUS_COUNT) {
            context.report(read.at(), read.unclearReason(), "for a count write RETRY-<count>; for a regex"
                    + " that starts with a digit write RETRY-<count>-<regex>");
            return;
        }
        if (read.kind() != OnFailure.Kind.DOCUMENTED && read.kind() != OnFailure.Kind.OTHER_CASE) {
            return; // BS040
        }
        if (read.kind() == OnFailure.Kind.OTHER_CASE && !read.countTooHigh()) {
            context.report(read.at(), "on-failure " + read.quoted() + " is not in upper case as the reference writes"
                    + " it", "write '" + read.upperCased() + "'");
        }
        if (read.regexProblem() != null) {
            context.report(read.at(), read.unclearReason(), "write a plain regular expression, such as RETRY-3-timeout");
        }
    }
}
