package dev.codestages.lint;

import java.util.Objects;

/**
 * Everything a person needs to know about a rule, kept with the rule and read by the CLI
 * ({@code rules}, {@code explain}), the SARIF report, the generated docs and the Jenkins pages.
 *
 * @param id          stable id such as {@code BS006}; never changes meaning once released
 * @param title       one line, lower case, no final stop
 * @param severity    the severity of every finding of this rule
 * @param kind        which kind of file the examples are for
 * @param rationale   why it matters, what AWS does, in a few sentences
 * @param source      the page the facts come from (an AWS documentation URL)
 * @param badExample  a small file that triggers the rule
 * @param goodExample a close variant that triggers nothing at all
 */
public record RuleInfo(String id, String title, Severity severity, FileKind kind, String rationale, String source,
                       String badExample, String goodExample) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(badExample, "badExample");
        Objects.requireNonNull(goodExample, "goodExample");
    }
}
