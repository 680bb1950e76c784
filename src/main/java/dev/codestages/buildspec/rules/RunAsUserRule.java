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

/** BS031: a {@code run-as} value that cannot be a Linux user name. */
public final class RunAsUserRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS031", "run-as is not a user name", Severity.WARNING,
            FileKind.BUILDSPEC,
            "'run-as' (at the top level, or in a phase, where it wins) names the Linux user that runs the"
                    + " commands; without it they run as root. A Linux user name never contains spaces, ':', '/'"
                    + " or '\\' and does not start with '-' (useradd refuses such names), so such a value names no"
                    + " user that can exist in the image; a 'user:group' pair is not documented either. Mixed case"
                    + " and digits are fine.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    run-as: codebuild-user:codebuild-user
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    run-as: codebuild-user
                    phases:
                      build:
                        commands:
                          - make
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("run-as") instanceof YamlScalar v && !v.isNull()) {
            check("run-as", v, context);
        }
        for (YamlEntry phase : buildspec.knownPhases()) {
            if (phase.value() instanceof YamlMapping mapping && mapping.get("run-as") instanceof YamlScalar v
                    && !v.isNull()) {
                check("phases." + phase.keyText() + ".run-as", v, context);
            }
        }
    }

    private static void check(String path, YamlScalar value, RuleContext context) {
        String user = value.value();
        String problem = null;
        if (user.isBlank()) {
            problem = "is empty";
        } else if (ShellCatalog.hasWhitespace(user)) {
            problem = "contains a space";
        } else if (user.indexOf(':') >= 0) {
            problem = "contains ':'; give only the user, not 'user:group'";
        } else if (user.indexOf('/') >= 0 || user.indexOf('\\') >= 0) {
            problem = "contains a path separator";
        } else if (user.startsWith("-")) {
            problem = "starts with '-'";
        }
        if (problem != null) {
            context.report(value, "'" + path + "' is " + value.quoted() + ", which is not a Linux user name: it "
                    + problem,
                    hint(user));
        }
    }

    private static String hint(String user) {
        String first = user.strip().split("[\\s:]+", 2)[0];
        return first.isEmpty() || first.startsWith("-") || first.contains("/") || first.contains("\\")
                ? "write one user name, such as 'codebuild-user', or delete 'run-as' to run as root"
                : "did you mean '" + first + "'?";
    }
}
