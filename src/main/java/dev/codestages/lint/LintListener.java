package dev.codestages.lint;

import java.io.IOException;

/**
 * Receives a lint run's results file by file, in the order the files were named and found, as soon as
 * each file's findings are final: a report writer that writes as it goes, or a collector.
 */
public interface LintListener {

    void file(FileResult result) throws IOException;
}
