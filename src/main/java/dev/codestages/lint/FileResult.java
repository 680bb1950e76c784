package dev.codestages.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * One file's part of a lint run, as a report writer receives it: the file's path as the user named it,
 * its kind, its findings and the findings an inline comment suppressed, each list in {@link Finding#ORDER}.
 * {@code linted} is false for a path that only has findings (a finding of another check about a file
 * that was not linted itself); reports list such a path with its findings but not among the files.
 */
public record FileResult(String path, FileKind kind, boolean linted, List<Finding> findings,
                         List<Finding> suppressed) {

    /** This result with only the findings at or above {@code threshold} ({@code --quiet}). */
    public FileResult atOrAbove(Severity threshold) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.severity().atLeast(threshold)) {
                kept.add(finding);
            }
        }
        return new FileResult(path, kind, linted, kept, suppressed);
    }
}
