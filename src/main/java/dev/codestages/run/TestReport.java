package dev.codestages.run;

/** A report group after the build: how many report files it found and the test counts in them. */
public record TestReport(String group, String format, int files, int tests, int failures, int errors, int skipped) {
}
