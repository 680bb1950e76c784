package dev.codestages.lint;

import java.util.List;

/** Everything one lint run found: the files in input order and the findings in {@link Finding#ORDER}. */
public record LintReport(List<LintedFile> files, List<Finding> findings) {

    public LintReport {
        files = List.copyOf(files);
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is at or above {@code threshold}; never true for a null threshold. */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
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
