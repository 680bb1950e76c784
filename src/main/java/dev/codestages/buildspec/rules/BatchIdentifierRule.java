package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BatchTask;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Pattern;

/** BS086: a batch task identifier with characters CodeBuild rejects. */
public final class BatchIdentifierRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS086", "batch identifier has invalid characters", Severity.ERROR,
            FileKind.BUILDSPEC,
            "CodeBuild refuses to start a batch whose task identifiers contain anything but letters, digits and"
                    + " underscores, or are 128 characters or longer: \"BATCH_SPEC_VALIDATION_ERROR: BatchSpec has"
                    + " invalid values.. Build Identifiers customized-env,multi-env-app must contain only"
                    + " alphanumeric characters and underscores and be less than 128 characters in length\""
                    + " (aws/copilot-cli pull request 1673). A hyphen, as in 'unit-tests', is the usual cause.",
            "https://github.com/aws/copilot-cli/pull/1673", """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: unit-tests
                    phases:
                      build:
                        commands:
                          - make test
                    """, """
                    version: 0.2
                    batch:
                      build-list:
                        - identifier: unit_tests
                    phases:
                      build:
                        commands:
                          - make test
                    """);

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_]{1,127}");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (BatchTask task : BatchTask.all(buildspec)) {
            YamlScalar id = task.identifier().orElse(null);
            if (id != null) {
                check(task, id, context);
            }
        }
    }

    private static void check(BatchTask task, YamlScalar id, RuleContext context) {
        String value = id.value();
        if (IDENTIFIER.matcher(value).matches()) {
            return;
        }
        if (value.isEmpty()) {
            context.report(id, "'" + task.path() + ".identifier' is empty", "give the task a name of letters,"
                    + " digits and '_'");
        } else if (value.matches("[A-Za-z0-9_]*")) {
            context.report(id, "batch identifier has " + value.length() + " characters; CodeBuild takes fewer than"
                    + " 128", "use a shorter identifier");
        } else {
            context.report(id, "batch identifier '" + value + "' may contain only letters, digits and '_'",
                    "write '" + value.replaceAll("[^A-Za-z0-9_]", "_") + "'");
        }
    }
}
