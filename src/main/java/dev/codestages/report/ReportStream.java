package dev.codestages.report;

import dev.codestages.lint.LintListener;
import java.io.IOException;

/**
 * One report being written: it receives each file's result in order and writes what its format allows
 * at once (the text format everything but the summary); what must wait for the end (the JSON findings
 * after the list of files, SARIF's rules before its results) waits in a {@link dev.codestages.lint.FileResultSpool},
 * so memory stays flat in the number of files.
 */
public interface ReportStream extends LintListener {

    /** Writes the rest, after the last file. */
    void finish() throws IOException;
}
