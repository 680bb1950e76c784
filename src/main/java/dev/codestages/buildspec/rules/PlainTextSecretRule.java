package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.ScalarType;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** BS023: a password, token, secret or AWS access key written in plain text under {@code env.variables}. */
public final class PlainTextSecretRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS023", "secret in plain-text env variables", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Values under 'env.variables' are plain text: anyone who can read the repository, the CodeBuild"
                    + " console or the BatchGetBuilds API sees them. The buildspec reference strongly discourages"
                    + " storing sensitive values there, especially AWS access keys. Store the secret in Parameter"
                    + " Store or Secrets Manager and name it under 'env.parameter-store' or 'env.secrets-manager':"
                    + " CodeBuild fetches it at build time and masks it in the logs. A value that is itself a"
                    + " reference (a '$VARIABLE', an ARN or a '/parameter/path') is not reported.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      variables:
                        DB_PASSWORD: hunter2-prod
                    phases:
                      build:
                        commands:
                          - ./migrate.sh
                    """, """
                    version: 0.2
                    env:
                      parameter-store:
                        DB_PASSWORD: /myapp/prod/db-password
                    phases:
                      build:
                        commands:
                          - ./migrate.sh
                    """);

    /** Words of a name that mean the value is a credential; a word may also end with one (GITHUBTOKEN). */
    private static final List<String> SECRET_WORDS = List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY");

    /** Pairs of words that mean the same: API_KEY, PRIVATE_KEY. */
    private static final Set<String> SECRET_PAIRS = Set.of("API KEY", "PRIVATE KEY");

    /** A last word that makes the name describe a secret rather than hold one: SECRET_ARN, TOKEN_URL, .... */
    private static final Set<String> ABOUT_WORDS = Set.of("ARN", "ID", "NAME", "PATH", "PARAM", "PARAMETER", "FILE",
            "URL", "URI", "ENDPOINT", "HOST", "REGION", "PREFIX", "SUFFIX", "VERSION", "STAGE", "LENGTH", "LEN", "TTL",
            "EXPIRY", "EXPIRES", "EXPIRATION", "TIMEOUT", "ENABLED", "DISABLED", "TYPE", "HEADER", "KEYS", "LOCATION",
            "BUCKET", "ROLE", "SSM", "REF", "DIR", "SCOPE", "SCOPES", "AUDIENCE", "ISSUER");

    private static final String HINT = "store it in Parameter Store or Secrets Manager and name it under"
            + " 'env.parameter-store' or 'env.secrets-manager'";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (BuildEnvironment.Variable d : buildspec.environment().variables()) {
            YamlScalar value = d.value().orElse(null);
            if (value == null) {
                continue;
            }
            if (EnvVariables.hasAccessKeyId(value.value())) {
                context.report(value, "the value of '" + d.name() + "' in 'env.variables' looks like an AWS access"
                        + " key id, in plain text", "do not put AWS keys in a buildspec: give the CodeBuild service"
                        + " role the permissions instead, or " + HINT);
            } else if (namesSecret(d.name()) && holdsLiteral(value)) {
                context.report(d.key(), "'" + d.name() + "' in 'env.variables' looks like a secret written in plain"
                        + " text", HINT);
            }
        }
    }

    static boolean namesSecret(String name) {
        List<String> words = words(name);
        if (words.isEmpty() || ABOUT_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (endsWithSecretWord(word) || i > 0 && SECRET_PAIRS.contains(words.get(i - 1) + " " + word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithSecretWord(String word) {
        for (String secret : SECRET_WORDS) {
            if (word.endsWith(secret)) {
                return true;
            }
        }
        return false;
    }

    /** The upper-case words of a name split at '_', '-', '.' and camelCase humps: dbPassword is DB, PASSWORD. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            boolean end = i == name.length();
            char c = end ? '_' : name.charAt(i);
            boolean separator = c == '_' || c == '.' || c == '-';
            boolean hump = !separator && i > 0 && isAsciiUpper(c) && isAsciiLowerOrDigit(name.charAt(i - 1));
            if (separator || hump) {
                if (i > start) {
                    words.add(name.substring(start, i).toUpperCase(Locale.ROOT));
                }
                start = separator ? i + 1 : i;
            }
        }
        return words;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** False for values that are empty, flags, or references to where the secret really is. */
    static boolean holdsLiteral(YamlScalar value) {
        String text = value.value().strip();
        return !(text.isEmpty() || value.type() == ScalarType.BOOLEAN || text.startsWith("$") || text.startsWith("/")
                || text.startsWith("arn:") || text.startsWith("{{resolve:")
                || text.startsWith("<") && text.endsWith(">"));
    }
}
