package dev.codestages.lint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Everything one lint run found: the files in input order and the findings in {@link Finding#ORDER}. */
public record LintReport(List<LintedFile> files, List<Finding> findings) {

    public LintReport {
        files = List.copyOf(files);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        findings = Collections.unmodifiableList(sorted);
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
