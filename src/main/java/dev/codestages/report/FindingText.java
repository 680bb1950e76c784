package dev.codestages.report;

import dev.codestages.lint.TerminalSafeText;
import dev.codestages.lint.Finding;

/**
 * The wording of one finding in the formats that have a single message field (SARIF, GitHub): the
 * message, then the hint on its own line, as the text format shows it. Same words everywhere.
 */
final class FindingText {

    private FindingText() {
    }

    static String messageWithHint(Finding finding) {
        return finding.hint() == null ? finding.message() : finding.message() + "\nhint: " + finding.hint();
    }

    /** The finding in the text format: its line, and the indented hint line when it has one. */
    static String textLines(Finding finding) {
        String line = TextReport.line(finding);
        return finding.hint() == null ? line : line + "\n    hint: " + TerminalSafeText.escape(finding.hint());
    }
}
