package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildEnvironment;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BS022: a value in {@code env.variables} that refers to a variable or a command, which CodeBuild never expands. */
public final class UnexpandedVariableValueRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS022", "variable value is not expanded", Severity.WARNING,
            FileKind.BUILDSPEC,
            "CodeBuild sets each value of 'env.variables' exactly as written: the reference's own example is"
                    + " 'PATH: $PATH:/usr/share/ant/bin', which replaces PATH with the literal text"
                    + " '$PATH:/usr/share/ant/bin' and breaks every later command. '$NAME', '${NAME}' and '$(command)'"
                    + " are only expanded by the shell when a command runs. Set such a value with 'export' in the"
                    + " first command instead.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      variables:
                        PATH: $PATH:/opt/tools/bin
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    phases:
                      install:
                        commands:
                          - export PATH="$PATH:/opt/tools/bin"
                      build:
                        commands:
                          - make
                    """);

    /** {@code $NAME}, {@code ${NAME...}} or {@code $(command)}; not {@code ${{ x }}}, {@code $5}, a last {@code $}. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$(?:[A-Za-z_][A-Za-z0-9_]*|\\{[A-Za-z_][A-Za-z0-9_]*[^}]*}|\\([^)]*\\)?)");

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
            if (value.value().indexOf('$') < 0) {
                continue; // the regular expression only where a reference may be
            }
            Matcher reference = REFERENCE.matcher(value.value());
            if (reference.find()) {
                context.report(value, "'" + d.name() + "' is set to the literal text " + value.quoted()
                        + ": CodeBuild does not expand '" + reference.group() + "' in 'env.variables'",
                        hint(d.name(), value));
            }
        }
    }

    private static String hint(String name, YamlScalar value) {
        String command = "export " + name + "=\"" + value.value().replace("\"", "\\\"") + "\"";
        if (command.length() > 100 || command.contains("\n")) {
            return "set it in a command instead, with 'export " + name + "=...'";
        }
        return "set it in a command instead: " + command;
    }
}
