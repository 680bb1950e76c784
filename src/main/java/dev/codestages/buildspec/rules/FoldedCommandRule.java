package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.ScalarStyle;
import dev.codestages.yaml.YamlScalar;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BS050: an unquoted command continued on the next line, where the next line starts a command of
 * its own. YAML joins the lines with a space, so both run as one command.
 */
public final class FoldedCommandRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS050", "two commands folded into one", Severity.WARNING,
            FileKind.BUILDSPEC,
            "An unquoted list item may go on over several lines, but YAML joins those lines with a space: a"
                    + " line indented under '- echo \"Creating .env\"' that starts with 'printf ...' is not a"
                    + " second command; the shell runs 'echo \"Creating .env\" printf ...', which prints the"
                    + " printf command instead of running it. Lines that continue one command on purpose (after"
                    + " '&&', '|', '\\', 'then', or an argument on the next line) are fine and not reported.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - echo "Creating .env file"
                            printf "PORT=%s\\n" "$PORT" > .env
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - echo "Creating .env file"
                          - printf "PORT=%s\\n" "$PORT" > .env
                    """);

    /** Programs that start a command and rarely appear as the first word of an argument line. */
    private static final Set<String> COMMANDS = Set.of("echo", "printf", "cd", "ls", "cat", "cp", "mv", "rm",
            "mkdir", "chmod", "chown", "touch", "export", "source", "unset", "sh", "bash", "python", "python3", "pip",
            "pip3", "node", "npm", "npx", "yarn", "pnpm", "java", "mvn", "gradle", "./gradlew", "./mvnw", "go",
            "cargo", "dotnet", "ruby", "gem", "bundle", "php", "composer", "make", "docker", "kubectl", "helm",
            "terraform", "aws", "sam", "cdk", "git", "curl", "wget", "tar", "zip", "unzip", "apt-get", "apt", "yum",
            "dnf", "apk", "sed", "awk", "grep", "find", "jq", "sleep", "pytest", "tox", "sudo");
    /** Words after which the next word is a command by design ('sudo apt-get', 'xargs git'). */
    private static final Set<String> PREFIXES = Set.of("sudo", "xargs", "env", "time", "exec", "nohup", "timeout",
            "then", "do", "else", "elif", "if", "while", "until", "!", "npx", "command", "eval");
    private static final Pattern CONTINUES = Pattern.compile(".*(\\\\|\\||&&|;|&|\\(|\\{|,|=)$");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (YamlScalar c : PhaseCommands.of(buildspec)) {
            String second = c.style() == ScalarStyle.PLAIN && c.sourceLines().size() > 1
                    ? secondCommand(c.sourceLines()) : null;
            if (second != null) {
                context.report(c, "this unquoted command goes on over several lines, which YAML joins"
                        + " with spaces: the line starting with '" + second + "' runs as arguments of the"
                        + " line before, not as a command of its own",
                        "start each command with its own '- ', or write a multi-line script as a '|' block");
            }
        }
    }

    /** The first word of a line that starts a new command, or null when every line continues the one before. */
    static String secondCommand(List<String> lines) {
        StringBuilder before = new StringBuilder(lines.get(0));
        String first = firstWord(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String word = firstWord(line);
            String previous = lines.get(i - 1);
            boolean startsCommand = COMMANDS.contains(word) || word.equals(first);
            if (!word.isEmpty() && startsCommand && !CONTINUES.matcher(previous).matches()
                    && !PREFIXES.contains(lastWord(previous)) && balanced(before)) {
                return word;
            }
            before.append(' ').append(line);
        }
        return null;
    }

    /** True when the text so far closes every quote and parenthesis it opens. */
    private static boolean balanced(CharSequence text) {
        boolean single = false;
        boolean dbl = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && !single) {
                i++;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (!single && !dbl && (c == '(' || c == '{')) {
                depth++;
            } else if (!single && !dbl && (c == ')' || c == '}')) {
                depth--;
            }
        }
        return !single && !dbl && depth <= 0;
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    private static String lastWord(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }
}
