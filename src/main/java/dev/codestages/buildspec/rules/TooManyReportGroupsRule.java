package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** BS062: more report groups than the per-project quota allows. */
public final class TooManyReportGroupsRule implements BuildspecRule {

    static final int QUOTA = 5;

    static final RuleInfo INFO = new RuleInfo("BS062", "more than 5 report groups", Severity.WARNING,
            FileKind.BUILDSPEC,
            "A CodeBuild project can use at most 5 report groups (CodeBuild quotas). Merge report groups of the"
                    + " same kind, for example with several entries under one group's 'files'.",
            "https://docs.aws.amazon.com/codebuild/latest/userguide/limits.html", """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make test
                    reports:
                      unit: {files: [out/unit.xml]}
                      api: {files: [out/api.xml]}
                      ui: {files: [out/ui.xml]}
                      db: {files: [out/db.xml]}
                      cli: {files: [out/cli.xml]}
                      smoke: {files: [out/smoke.xml]}
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make test
                    reports:
                      unit: {files: [out/unit.xml]}
                      api: {files: [out/api.xml]}
                      ui: {files: [out/ui.xml]}
                      db: {files: [out/db.xml]}
                      cli: {files: [out/cli.xml, out/smoke.xml]}
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("reports") instanceof YamlMapping reports) {
            List<YamlEntry> groups = reports.entries();
            if (groups.size() > QUOTA) {
                context.report(groups.get(QUOTA).key(), "'reports' has " + groups.size()
                        + " report groups; a CodeBuild project can use at most " + QUOTA,
                        "merge groups of the same kind by listing more files under one group");
            }
        }
    }
}
