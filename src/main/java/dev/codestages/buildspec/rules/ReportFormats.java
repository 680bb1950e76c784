package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.ReportGroup;
import java.util.List;
import java.util.Locale;

/**
 * The values of {@code reports.<group>.file-format} (case-insensitive, default JUNITXML), split by the
 * kind of report group they fill: a group holds either test results or code coverage
 * (https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html#build-spec.reports).
 */
final class ReportFormats {

    static final String DEFAULT = ReportGroup.DEFAULT_FORMAT;
    static final List<String> TEST = List.of("CUCUMBERJSON", "JUNITXML", "NUNITXML", "NUNIT3XML", "TESTNGXML",
            "VISUALSTUDIOTRX");
    static final List<String> COVERAGE = List.of("CLOVERXML", "COBERTURAXML", "JACOCOXML", "SIMPLECOV");
    static final List<String> ALL = List.of("CUCUMBERJSON", "JUNITXML", "NUNITXML", "NUNIT3XML", "TESTNGXML",
            "VISUALSTUDIOTRX", "CLOVERXML", "COBERTURAXML", "JACOCOXML", "SIMPLECOV");

    private ReportFormats() {
    }

    /** The format as CodeBuild reads it (upper case), or null when it is not one of the ten. */
    static String canonical(String value) {
        String upper = value.trim().toUpperCase(Locale.ROOT);
        return ALL.contains(upper) ? upper : null;
    }

    /** True for a value CodeBuild may expand from the environment, which a linter cannot judge. */
    static boolean isVariable(String value) {
        return value.contains("$");
    }
}
