package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BS049: GitHub Actions expression syntax '${{ ... }}' inside a command. */
public final class GithubExpressionRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS049", "command uses GitHub Actions expression syntax", Severity.WARNING,
            FileKind.BUILDSPEC,
            "'${{ ... }}' is expanded by GitHub Actions before a step runs; CodeBuild has no such syntax and"
                    + " hands the text to the shell, which fails with \"bad substitution\" (or, inside single"
                    + " quotes, prints it literally). CodeBuild passes values as environment variables: the"
                    + " commit is $CODEBUILD_RESOLVED_SOURCE_VERSION, the build number $CODEBUILD_BUILD_NUMBER,"
                    + " and secrets come from 'env: secrets-manager' or 'parameter-store'.",
            BuildspecDocPages.ENV_VARS, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - docker build -t app:${{ github.sha }} .
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - docker build -t app:$CODEBUILD_RESOLVED_SOURCE_VERSION .
                    """);

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");
    private static final Map<String, String> VARIABLES = Map.of(
            "github.sha", "$CODEBUILD_RESOLVED_SOURCE_VERSION",
            "github.ref", "$CODEBUILD_WEBHOOK_HEAD_REF",
            "github.run_number", "$CODEBUILD_BUILD_NUMBER",
            "github.run_id", "$CODEBUILD_BUILD_ID",
            "github.workspace", "$CODEBUILD_SRC_DIR");
    private static final Pattern NAMED = Pattern.compile("(env|vars|secrets|inputs)\\.([A-Za-z_][A-Za-z0-9_]*)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (YamlScalar command : PhaseCommands.of(buildspec)) {
            if (!command.value().contains("${{")) {
                continue;
            }
            Matcher m = EXPRESSION.matcher(command.value());
            if (m.find()) {
                context.report(command, "'" + m.group() + "' is GitHub Actions syntax; CodeBuild passes it to the"
                        + " shell as it is", hint(m.group(1)));
            }
        }
    }

    private static String hint(String expression) {
        String variable = VARIABLES.get(expression);
        if (variable != null) {
            return "write " + variable;
        }
        Matcher named = NAMED.matcher(expression);
        if (named.matches()) {
            String name = named.group(2);
            return named.group(1).equals("secrets")
                    ? "define " + name + " under 'env: secrets-manager' or 'parameter-store' and write $" + name
                    : "define " + name + " under 'env: variables' (or in the project) and write $" + name;
        }
        return "use an environment variable instead";
    }
}
