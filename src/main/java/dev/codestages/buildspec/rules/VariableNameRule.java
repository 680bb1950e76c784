package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;

/** BS021: a variable name that a POSIX shell cannot reference as {@code $NAME}. */
public final class VariableNameRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS021", "variable name cannot be used in a shell", Severity.WARNING,
            FileKind.BUILDSPEC,
            "CodeBuild passes every name in 'variables', 'parameter-store' and 'secrets-manager' into the"
                    + " environment, but bash and sh only know names made of letters, digits and '_' that do not"
                    + " start with a digit. '$MY-VAR' means '$MY' followed by '-VAR', and a variable named 'my.var'"
                    + " cannot be read at all; an 'exported-variables' entry with such a name is never set by a"
                    + " command. Use letters, digits and underscores.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      variables:
                        image-tag: latest
                    phases:
                      build:
                        commands:
                          - docker build -t app:$image-tag .
                    """, """
                    version: 0.2
                    env:
                      variables:
                        image_tag: latest
                    phases:
                      build:
                        commands:
                          - docker build -t app:$image_tag .
                    """);

    private static final String RULE = "names hold letters, digits and '_' and do not start with a digit";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (EnvVariables.windowsShell(buildspec)) {
            return; // cmd.exe and PowerShell have their own syntax for such names
        }
        for (BuildEnvironment.Variable d : buildspec.environment().definitions()) {
            if (!isShellName(d.name())) {
                context.report(d.key(), "variable name '" + d.name() + "' in '" + d.where()
                        + "' cannot be referenced in a shell command; " + RULE, hint(d));
            }
        }
        for (YamlScalar item : buildspec.environment().exportedVariables()) {
            if (!isShellName(item.value())) {
                context.report(item, "exported variable '" + item.value() + "' cannot be set by a shell command; "
                        + RULE, "did you mean '" + fixed(item.value()) + "'?");
            }
        }
    }

    static boolean isShellName(String name) {
        if (name.isEmpty() || name.charAt(0) >= '0' && name.charAt(0) <= '9') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String hint(BuildEnvironment.Variable d) {
        Optional<YamlScalar> value = d.value();
        if (d.map().equals("parameter-store") && d.name().startsWith("/") && value.isPresent()
                && isShellName(value.get().value())) {
            return "name and parameter look swapped: write " + value.get().value() + ": " + d.name();
        }
        return "rename it to '" + fixed(d.name()) + "' here and where it is used";
    }

    /** The name with every character a shell cannot use replaced by '_', and a leading digit guarded. */
    static String fixed(String name) {
        String replaced = name.replaceAll("[^A-Za-z0-9_]", "_");
        return replaced.isEmpty() || Character.isDigit(replaced.charAt(0)) ? "_" + replaced : replaced;
    }
}
