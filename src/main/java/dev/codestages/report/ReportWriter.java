package dev.codestages.report;

import dev.codestages.lint.LintReport;
import java.io.IOException;

/** Writes a lint report in one output format. Implementations know formats, never rules. */
public interface ReportWriter {

    void write(LintReport report, Appendable out) throws IOException;
}
