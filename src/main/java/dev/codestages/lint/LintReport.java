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

    public List<Finding> findingsOf(String path) {
        return findings.stream().filter(f -> f.file().equals(path)).toList();
    }
}
