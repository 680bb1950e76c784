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
import java.util.Locale;
import java.util.regex.Pattern;

/** BS046: a runtime version written in none of the forms CodeBuild reads. */
public final class RuntimeVersionFormRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS046", "runtime version in an unknown form", Severity.WARNING,
            FileKind.BUILDSPEC,
            "A runtime version is written as a version (nodejs: 20, python: 3.12, or on images with custom"
                    + " runtimes a full 3.12.4), a major version with '.x' (nodejs: 20.x, golang: 1.x), 'latest',"
                    + " or an environment variable (\"$MY_RUBY_VAR\"). Java versions carry the distribution:"
                    + " corretto21 or corretto21.x. A version in another form, such as 'java: 17', 'v18' or"
                    + " '>=3.9', matches nothing in the image's catalogue and fails the build with \"Unknown"
                    + " runtime version named ...\". Which versions exist depends on the image, so only the form is"
                    + " checked here.",
            BuildspecDocPages.RUNTIMES, """
                    version: 0.2
                    phases:
                      install:
                        runtime-versions:
                          java: 17
                      build:
                        commands:
                          - mvn package
                    """, """
                    version: 0.2
                    phases:
                      install:
                        runtime-versions:
                          java: corretto17
                      build:
                        commands:
                          - mvn package
                    """);

    /** Versions of every runtime but java: 20, 3.12, 3.12.4 (custom runtimes) or 20.x. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+){0,2}|\\d+\\.x");
    /** Java: corretto21, corretto21.x (openjdk8 and openjdk11 on retired images: BS045). */
    private static final Pattern JAVA = Pattern.compile("(corretto|openjdk)\\d+(\\.x)?");
    private static final Pattern BARE_NUMBER = Pattern.compile("v?(\\d+)(\\.x|\\.0)?", Pattern.CASE_INSENSITIVE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        YamlMapping runtimeVersions = PhaseCommands.runtimeVersions(buildspec).orElse(null);
        if (runtimeVersions == null) {
            return;
        }
        for (YamlEntry entry : runtimeVersions.entries()) {
            if (RuntimeCatalog.isKnown(entry.keyText()) && entry.value() instanceof YamlScalar version
                    && !version.isNull()) {
                check(entry, version, context);
            }
        }
    }

    private static void check(YamlEntry entry, YamlScalar version, RuleContext context) {
        String raw = version.value();
        String runtime = entry.keyText();
        if (raw.equals("latest") || RuntimeCatalog.isVariable(raw)) {
            return;
        }
        boolean java = runtime.equals("java");
        if ((java ? JAVA : NUMBER).matcher(raw).matches()) {
            return;
        }
        context.report(version, runtime + " version " + version.quoted() + " is in none of the forms CodeBuild"
                + " reads; expected " + (java ? "corretto<major> (corretto21), corretto<major>.x or latest"
                : "a version (20, 3.12), a major version with .x (20.x), latest or $VARIABLE"), hint(runtime, raw));
    }

    private static String hint(String runtime, String raw) {
        if (raw.equalsIgnoreCase("latest")) {
            return "write 'latest' in lower case";
        }
        var bare = BARE_NUMBER.matcher(raw);
        if (runtime.equals("java") && bare.matches()) {
            return "did you mean 'corretto" + bare.group(1) + "'?";
        }
        if (raw.toLowerCase(Locale.ROOT).startsWith("v") && NUMBER.matcher(raw.substring(1)).matches()) {
            return "write it without the 'v': " + raw.substring(1);
        }
        if (raw.matches("[<>=~^!].*")) {
            return "ranges are not read here: write one version" + (runtime.equals("java") ? ", such as corretto21"
                    : ", or a major version with .x");
        }
        if (raw.matches("(?i)lts|stable|current|default")) {
            return "write a version number, or latest";
        }
        return null;
    }
}
