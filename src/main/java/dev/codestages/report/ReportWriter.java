package dev.codestages.report;

import dev.codestages.lint.LintReport;
import java.io.IOException;

/**
 * Writes a lint report in one output format, file by file as a lint run hands the results on
 * ({@link #open}), or a whole {@link LintReport} at once. Implementations know formats, never rules.
 */
public interface ReportWriter {

    /** Starts a report on {@code out}: hand it each file's result in order, then {@link ReportStream#finish}. */
    ReportStream open(Appendable out) throws IOException;

    /** Writes a whole report. */
    default void write(LintReport report, Appendable out) throws IOException {
        ReportStream stream = open(out);
        report.feed(stream);
        stream.finish();
    }
}
