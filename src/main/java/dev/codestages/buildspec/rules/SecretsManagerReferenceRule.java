package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** BS025: an {@code env.secrets-manager} value that is not {@code secret-id[:json-key[:version-stage[:version-id]]]}.
 */
public final class SecretsManagerReferenceRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS025", "malformed secrets-manager reference", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Each value under 'env.secrets-manager' is 'secret-id:json-key:version-stage:version-id', where only"
                    + " secret-id is required. secret-id is the secret's name, or its full ARN"
                    + " (arn:aws:secretsmanager:<region>:<account>:secret:<name>, seven fields separated by ':') for"
                    + " a secret in another account; an empty json-key means the whole secret string; give"
                    + " version-stage or version-id, not both. A warning: how the agent splits a reference into"
                    + " these fields (an ARN's seven fields first) is inferred from the reference's wording, and"
                    + " no public report shows the error a malformed one gives; a reference that does not fit"
                    + " most likely fails the build with a Secrets Manager error before any command runs.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      secrets-manager:
                        DB_PASSWORD: prod/db:password:AWSCURRENT:3f1c2b9e-1111-4a2b-9c3d-5e6f7a8b9c0d
                    phases:
                      build:
                        commands:
                          - ./migrate.sh
                    """, """
                    version: 0.2
                    env:
                      secrets-manager:
                        DB_PASSWORD: prod/db:password:AWSCURRENT
                    phases:
                      build:
                        commands:
                          - ./migrate.sh
                    """);

    private static final String SYNTAX = "expected secret-id[:json-key[:version-stage[:version-id]]]";
    private static final int ARN_FIELDS = 7;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** What is wrong with a reference (the end of a sentence) and how to fix it (may be null). */
    record Problem(String message, String hint) {
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (BuildEnvironment.Variable d : buildspec.environment().secretsManager()) {
            Optional<YamlScalar> value = d.value();
            if (value.isEmpty() || SkeletonPlaceholders.isPlaceholder(d)) {
                continue;
            }
            Problem problem = problem(value.get().value());
            if (problem != null) {
                context.report(value.get(), "secrets-manager reference " + value.get().quoted() + " for '"
                        + d.name() + "' " + problem.message(), problem.hint());
            }
        }
    }

    /** The problem with a reference, or null when it is well formed. */
    static Problem problem(String reference) {
        if (reference.isBlank()) {
            return new Problem("is empty; " + SYNTAX, "write the secret's name or ARN");
        }
        List<String> fields = Arrays.asList(reference.split(":", -1));
        int idFields = 1;
        if (reference.startsWith("arn:")) {
            if (fields.size() > 2 && !fields.get(2).equals("secretsmanager")) {
                return new Problem("is not the ARN of a Secrets Manager secret", fields.get(2).equals("ssm")
                        ? "a Parameter Store parameter belongs under 'env.parameter-store'" : null);
            }
            if (fields.size() < ARN_FIELDS || !fields.get(5).equals("secret")) {
                return new Problem("is an incomplete ARN; expected"
                        + " arn:aws:secretsmanager:<region>:<account>:secret:<name>", null);
            }
            idFields = ARN_FIELDS;
        }
        String secretId = fields.get(idFields - 1);
        List<String> rest = fields.subList(idFields, fields.size());
        if (secretId.isEmpty()) {
            return new Problem("has an empty secret-id; " + SYNTAX, null);
        }
        if (ShellCatalog.hasWhitespace(secretId)) {
            return new Problem("has a space in the secret-id; secret names cannot contain spaces", null);
        }
        if (rest.size() > 3) {
            return new Problem("has " + (fields.size() - idFields + 1) + " parts; " + SYNTAX, null);
        }
        if (rest.size() == 3 && !rest.get(1).isEmpty() && !rest.get(2).isEmpty()) {
            return new Problem("gives both a version-stage ('" + rest.get(1) + "') and a version-id; give only one",
                    "keep the stage and drop the id: " + String.join(":", fields.subList(0, idFields + 2)));
        }
        return null;
    }
}
