package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.Locale;
import java.util.regex.Pattern;

/** BS048: a command that is only the name of a YAML file, such as 'buildspec.yml'. */
public final class CommandIsYamlFileRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS048", "command is a YAML file name", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Each command is run by the shell. A command that is only a file name such as 'buildspec.yml' makes"
                    + " the shell try to run that file as a program, and the phase fails with \"Error while"
                    + " executing command: buildspec.yml. Reason: exit status 127\". This happens when the name of"
                    + " the buildspec is typed into the console's build commands field instead of the buildspec"
                    + " file setting.",
            "https://github.com/acantril/learn-cantrill-io-labs/issues/155", """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - buildspec.yml
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - kubectl apply -f deployment.yml
                    """);

    private static final Pattern YAML_FILE = Pattern.compile("(?i)[\\w./${}-]*[\\w}]\\.ya?ml");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (YamlScalar c : PhaseCommands.of(buildspec)) {
            if (endsLikeYaml(c.value()) && YAML_FILE.matcher(c.value().strip()).matches()) {
                context.report(c, "command " + c.quoted() + " is only a file name; the shell tries"
                        + " to run it as a program and fails", hint(c));
            }
        }
    }

    /** A cheap test before the regular expression: most commands do not end in .yml or .yaml. */
    private static boolean endsLikeYaml(String command) {
        String end = command.strip();
        int dot = end.lastIndexOf('.');
        return dot > 0 && (end.regionMatches(true, dot, ".yml", 0, 4) && end.length() == dot + 4
                || end.regionMatches(true, dot, ".yaml", 0, 5) && end.length() == dot + 5);
    }

    private static String hint(YamlScalar command) {
        if (command.value().toLowerCase(Locale.ROOT).contains("buildspec")) {
            return "a buildspec is not a command: name it in the project's buildspec setting instead";
        }
        return "run a program on it, such as kubectl apply -f " + command.value().strip();
    }
}
