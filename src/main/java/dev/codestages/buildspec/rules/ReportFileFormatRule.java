package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.ReportGroup;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.Locale;

/** BS060: a report group's file-format that is none of the ten formats CodeBuild can parse. */
public final class ReportFileFormatRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS060", "unknown report file format", Severity.ERROR,
            FileKind.BUILDSPEC,
            "CodeBuild parses report files in one of ten formats, written in any case: CUCUMBERJSON, JUNITXML,"
                    + " NUNITXML, NUNIT3XML, TESTNGXML and VISUALSTUDIOTRX for test reports, CLOVERXML,"
                    + " COBERTURAXML, JACOCOXML and SIMPLECOV for code coverage. Without 'file-format' it reads"
                    + " JUNITXML. Any other value, including 'report-format' left over from the documentation's"
                    + " skeleton, makes the report fail to upload.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - pytest --cov --cov-report xml
                    reports:
                      coverage:
                        files:
                          - coverage.xml
                        file-format: COBERTURA
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - pytest --cov --cov-report xml
                    reports:
                      coverage:
                        files:
                          - coverage.xml
                        file-format: COBERTURAXML
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ReportGroup group : buildspec.reportGroups()) {
            if (group.fileFormat() != null) {
                check(group.name(), group.fileFormat(), context);
            }
        }
    }

    private static void check(String group, YamlScalar format, RuleContext context) {
        String value = format.value();
        if (ReportFormats.isVariable(value) || ReportFormats.canonical(value) != null) {
            return;
        }
        context.report(format, "report group '" + group + "' has file-format " + format.quoted()
                + ", which CodeBuild does not know; expected one of: " + String.join(", ", ReportFormats.ALL),
                hint(value));
    }

    static String hint(String value) {
        if (value.trim().equalsIgnoreCase("report-format")) {
            return "'report-format' is the placeholder from the AWS documentation; write the format of the report"
                    + " files, such as JUNITXML";
        }
        String suggestion = DidYouMean.suggest(value, ReportFormats.ALL);
        if (suggestion == null) {
            suggestion = byPrefix(value);
        }
        return suggestion == null ? null : "did you mean '" + suggestion + "'?";
    }

    /** 'junit', 'cobertura', 'jacoco': the name of the tool without the XML suffix. */
    private static String byPrefix(String value) {
        String given = value.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
        if (given.length() < 3) {
            return null;
        }
        for (String format : ReportFormats.ALL) {
            if (format.startsWith(given)) {
                return format;
            }
        }
        return null;
    }
}
