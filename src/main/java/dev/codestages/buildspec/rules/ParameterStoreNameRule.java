package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Pattern;

/** BS026: an {@code env.parameter-store} value that cannot be the name of a Parameter Store parameter. */
public final class ParameterStoreNameRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS026", "parameter-store value is not a parameter name",
            Severity.WARNING, FileKind.BUILDSPEC,
            "Under 'env.parameter-store' the key is the variable's name and the value is the name of a Systems"
                    + " Manager Parameter Store parameter (such as /CodeBuild/dockerLoginPassword, or its ARN),"
                    + " never the secret itself. Parameter names hold only letters, digits and '_', '.', '-', '/'."
                    + " A value with spaces or other characters, or one that looks like a secret, makes the build"
                    + " fail with \"parameter does not exist\" and puts the secret in the repository.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      parameter-store:
                        DOCKER_PASSWORD: my docker password
                    phases:
                      build:
                        commands:
                          - docker login -u ci --password "$DOCKER_PASSWORD"
                    """, """
                    version: 0.2
                    env:
                      parameter-store:
                        DOCKER_PASSWORD: /CodeBuild/dockerLoginPassword
                    phases:
                      build:
                        commands:
                          - docker login -u ci --password "$DOCKER_PASSWORD"
                    """);

    /** A parameter name or ARN, optionally with a ':version' or ':label' selector. */
    private static final Pattern NAME = Pattern.compile(
            "(arn:aws[a-z-]*:ssm:[a-z0-9-]+:\\d{12}:parameter)?[A-Za-z0-9_./-]+(:[A-Za-z0-9_.-]+)?");

    private static final String HINT = "put the parameter's name here (such as /CodeBuild/my-secret) and keep the"
            + " value itself in Parameter Store";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (BuildEnvironment.Variable d : buildspec.environment().parameterStore()) {
            YamlScalar value = d.value().orElse(null);
            if (value == null) {
                continue;
            }
            String text = value.value();
            String problem = null;
            if (text.isBlank()) {
                problem = "is empty";
            } else if (EnvVariables.hasAccessKeyId(text)) {
                problem = "looks like an AWS access key id, not a parameter name";
            } else if (ShellCatalog.hasWhitespace(text)) {
                problem = "contains spaces, which a parameter name cannot";
            } else if (!NAME.matcher(text).matches()) {
                problem = "is not a parameter name: names hold letters, digits and '_', '.', '-', '/'";
            }
            if (problem != null) {
                context.report(value, "parameter-store value " + value.quoted() + " for '" + d.name() + "' "
                        + problem, HINT);
            }
        }
    }
}
