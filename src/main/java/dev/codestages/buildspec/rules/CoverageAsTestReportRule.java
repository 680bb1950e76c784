package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.buildspec.ReportGroup;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;

/** BS063: coverage files (jacoco.xml, cobertura, clover, coverage.xml) read with a test-report format. */
public final class CoverageAsTestReportRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS063", "coverage file read as a test report", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Without 'file-format' CodeBuild reads report files as JUNITXML. A coverage file (jacoco.xml,"
                    + " cobertura or clover output, coverage.xml) read that way fails with \"expected element type"
                    + " <testsuite> but have <coverage>\" (aws-cdk issue 13867, where 'fileFormat' was misspelt)."
                    + " Give the coverage format: COBERTURAXML, JACOCOXML, CLOVERXML or SIMPLECOV.",
            BuildspecDocPages.REPORTS, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - mvn verify
                    reports:
                      coverage:
                        files:
                          - target/site/jacoco/jacoco.xml
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - mvn verify
                    reports:
                      coverage:
                        files:
                          - target/site/jacoco/jacoco.xml
                        file-format: JACOCOXML
                    """);

    /** Words in a file or folder name that mark coverage output, with the format each tool writes. */
    private static final List<String[]> WORDS = List.of(
            new String[] {"jacoco", "JACOCOXML"},
            new String[] {"cobertura", "COBERTURAXML"},
            new String[] {"clover", "CLOVERXML"},
            new String[] {"coverage", null});

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ReportGroup group : buildspec.reportGroups()) {
            check(group, context);
        }
    }

    private static void check(ReportGroup reportGroup, RuleContext context) {
        String group = reportGroup.name();
        YamlScalar formatNode = reportGroup.fileFormat();
        String format = formatNode != null ? formatNode.value() : ReportFormats.DEFAULT;
        String canonical = ReportFormats.canonical(format);
        if (ReportFormats.isVariable(format) || canonical == null || !ReportFormats.TEST.contains(canonical)) {
            return; // coverage formats are right; unknown ones are BS060's
        }
        for (YamlScalar file : reportGroup.files().fileNodes()) {
            String[] word = coverageWord(file.value(), reportGroup.files().baseDirectoryNode());
            if (word != null) {
                YamlNode at = formatNode != null ? formatNode : file;
                String how = formatNode != null ? "as " + formatNode.quoted()
                        : "as JUNITXML (no 'file-format' is given)";
                context.report(at, "report group '" + group + "' reads '" + file.value() + "' " + how
                        + ", a test format, but its path ('" + word[0] + "') suggests a coverage report",
                        hint(word));
                return;
            }
        }
    }

    /**
     * The coverage word in the file's name, or in its folder (or the base directory) when the name itself is
     * only a glob such as '*.xml'; null when none.
     */
    private static String[] coverageWord(String file, YamlScalar baseDirectory) {
        String name = GlobPath.fileName(file).toLowerCase(Locale.ROOT);
        String[] inName = find(name);
        if (inName != null || !GlobPath.isGlob(name) || hasLetters(name.replace("xml", "").replace("json", ""))) {
            return inName;
        }
        String folder = file.substring(0, file.length() - GlobPath.fileName(file).length());
        String base = baseDirectory == null ? "" : baseDirectory.value();
        return find((base + "/" + folder).toLowerCase(Locale.ROOT));
    }

    private static boolean hasLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String[] find(String text) {
        for (String[] word : WORDS) {
            if (text.contains(word[0])) {
                return word;
            }
        }
        return null;
    }

    private static String hint(String[] word) {
        return word[1] != null ? "set file-format: " + word[1]
                : "set file-format to the format of the coverage tool: COBERTURAXML, JACOCOXML, CLOVERXML or"
                        + " SIMPLECOV";
    }
}
