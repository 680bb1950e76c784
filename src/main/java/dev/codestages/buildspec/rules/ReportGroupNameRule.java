package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BS061: a report group key that is neither a usable name nor a report group ARN. */
public final class ReportGroupNameRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS061", "report group name or ARN is invalid", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Each key under 'reports' is either the ARN of an existing report group"
                    + " (arn:aws:codebuild:<region>:<account>:report-group/<name>) or a name; for a name CodeBuild"
                    + " creates or uses the group '<project>-<name>'. Report group names are 2 to 128 characters"
                    + " (CreateReportGroup API), so a name too long for that, or an ARN of another shape, leaves"
                    + " the reports of that group unsaved.",
            "https://docs.aws.amazon.com/codebuild/latest/userguide/test-report-group-naming.html", """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - mvn test
                    reports:
                      arn:aws:codebuild:us-east-1:12345678901:report-group/unit:
                        files:
                          - target/surefire-reports/*.xml
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - mvn test
                    reports:
                      arn:aws:codebuild:us-east-1:123456789012:report-group/unit:
                        files:
                          - target/surefire-reports/*.xml
                    """);

    private static final Pattern ARN = Pattern.compile(
            "arn:aws[a-z-]*:codebuild:[a-z0-9-]+:\\d{12}:report-group/([^/]+)");
    /** A project name has at least 2 characters, and CodeBuild puts it and '-' before a plain name. */
    private static final int MAX_PLAIN_NAME = 128 - 3;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("reports") instanceof YamlMapping reports) {
            for (YamlEntry group : reports.entries()) {
                if (group.key() instanceof YamlScalar key && !key.isNull() && !key.value().contains("$")) {
                    check(key, context);
                }
            }
        }
    }

    private static void check(YamlScalar key, RuleContext context) {
        String name = key.value();
        if (name.startsWith("arn:")) {
            Matcher arn = ARN.matcher(name);
            if (!arn.matches()) {
                context.report(key, "report group ARN '" + name + "' is not of the form"
                        + " arn:aws:codebuild:<region>:<account>:report-group/<name>",
                        "copy the ARN of the report group from the console, or use a plain name");
            } else if (arn.group(1).length() < 2 || arn.group(1).length() > 128) {
                context.report(key, "report group name '" + abbreviate(arn.group(1)) + "' in the ARN is too "
                        + (arn.group(1).length() < 2 ? "short" : "long") + "; report group names have 2 to 128"
                        + " characters", null);
            }
        } else if (name.length() > MAX_PLAIN_NAME) {
            context.report(key, "report group name has " + name.length() + " characters; CodeBuild names the"
                    + " group '<project>-" + abbreviate(name) + "', which exceeds the 128-character limit",
                    "use a shorter name");
        }
    }

    private static String abbreviate(String name) {
        return name.length() <= 24 ? name : name.substring(0, 20) + "...";
    }
}
