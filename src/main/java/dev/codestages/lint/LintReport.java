package dev.codestages.lint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one lint run found: the files in input order, the findings in {@link Finding#ORDER}, and
 * the findings an inline comment suppressed ({@link InlineSuppressions}), kept apart so that reports
 * count them and SARIF lists them as suppressed instead of losing them.
 */
public record LintReport(List<LintedFile> files, List<Finding> findings, List<Finding> suppressed) {

    public LintReport {
        files = List.copyOf(files);
        findings = sorted(findings);
        suppressed = sorted(suppressed);
    }

    public LintReport(List<LintedFile> files, List<Finding> findings) {
        this(files, findings, List.of());
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return Collections.unmodifiableList(sorted);
    }

    public long count(Severity severity) {
        long count = 0;
        for (Finding finding : findings) {
            if (finding.severity() == severity) {
                count++;
            }
        }
        return count;
    }

    /** True when some finding is at or above {@code threshold}; never true for a null threshold. */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        if (threshold == null) {
            return false;
        }
        for (Finding finding : findings) {
            if (finding.severity().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The findings of one file, in order. A binary search, since the findings are sorted by file first:
     * a report writer asks once per file, and a scan each time made long runs quadratic.
     */
    public List<Finding> findingsOf(String path) {
        return of(findings, path);
    }

    /**
     * Hands this report to {@code listener} as a lint run would: each file in order with its findings
     * and suppressed findings, then each other path that has findings, in path order, as not linted.
     */
    public void feed(LintListener listener) throws IOException {
        Set<String> linted = new HashSet<>();
        for (LintedFile file : files) {
            if (linted.add(file.path())) {
                listener.file(new FileResult(file.path(), file.kind(), true, new ArrayList<>(findingsOf(file.path())),
                        new ArrayList<>(of(suppressed, file.path()))));
            }
        }
        Set<String> others = new TreeSet<>();
        for (Finding finding : findings) {
            if (!linted.contains(finding.file())) {
                others.add(finding.file());
            }
        }
        for (Finding finding : suppressed) {
            if (!linted.contains(finding.file())) {
                others.add(finding.file());
            }
        }
        for (String path : others) {
            listener.file(new FileResult(path, FileKind.UNKNOWN, false, new ArrayList<>(findingsOf(path)),
                    new ArrayList<>(of(suppressed, path))));
        }
    }

    private static List<Finding> of(List<Finding> findings, String path) {
        int low = 0;
        int high = findings.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (findings.get(middle).file().compareTo(path) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int end = low;
        while (end < findings.size() && findings.get(end).file().equals(path)) {
            end++;
        }
        return findings.subList(low, end);
    }
}
