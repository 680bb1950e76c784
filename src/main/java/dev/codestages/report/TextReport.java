package dev.codestages.report;

import dev.codestages.lint.TerminalSafeText;
import dev.codestages.lint.Finding;
import dev.codestages.lint.FileResult;
import dev.codestages.lint.Severity;
import java.io.IOException;

/**
 * The human format: findings grouped by file, one line each as {@code file:line:col: severity [ID]
 * message}, the hint indented below, and a summary line. Colour only when asked (on a terminal).
 */
public final class TextReport implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public ReportStream open(Appendable out) {
        return new ReportStream() {
            private int files;
            private final long[] counts = new long[Severity.values().length];

            @Override
            public void file(FileResult result) throws IOException {
                for (Finding finding : result.findings()) {
                    counts[finding.severity().ordinal()]++;
                }
                if (!result.linted()) {
                    return;
                }
                files++;
                if (result.findings().isEmpty()) {
                    return;
                }
                out.append(paint(BOLD, TerminalSafeText.escape(result.path())))
                        .append(paint(DIM, " (" + result.kind().label() + ")")).append('\n');
                for (Finding finding : result.findings()) {
                    out.append(line(finding, colour)).append('\n');
                    if (finding.hint() != null) {
                        out.append("    ").append(paint(DIM, "hint: " + TerminalSafeText.escape(finding.hint())))
                            .append('\n');
                    }
                }
                out.append('\n');
            }

            @Override
            public void finish() throws IOException {
                out.append(summary(files, counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()],
                        counts[Severity.INFO.ordinal()])).append('\n');
            }
        };
    }

    /** One finding as one line without colour: the form the rule fixtures and docs use. */
    public static String line(Finding finding) {
        return line(finding, false);
    }

    private static String line(Finding f, boolean colour) {
        String severity = f.severity().label();
        if (colour) {
            severity = colourOf(f.severity()) + severity + RESET;
        }
        return TerminalSafeText.escape(f.file()) + ":" + f.line() + ":" + f.column() + ": " + severity + " ["
                + f.rule() + "] " + TerminalSafeText.escape(f.message());
    }

    private static String colourOf(Severity severity) {
        switch (severity) {
            case ERROR:
                return RED;
            case WARNING:
                return YELLOW;
            default:
                return CYAN;
        }
    }

    private static String summary(int files, long errors, long warnings, long infos) {
        if (errors + warnings + infos == 0) {
            return files + (files == 1 ? " file" : " files") + " checked, no problems found";
        }
        return files + (files == 1 ? " file" : " files") + " checked: " + plural(errors, "error") + ", "
                + plural(warnings, "warning") + ", " + plural(infos, "info");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
