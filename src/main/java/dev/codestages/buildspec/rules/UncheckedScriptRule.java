package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.ScalarStyle;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BS051: a '|' block that runs several commands as one script without 'set -e', so a failing
 * command in the middle does not fail the phase. Reported once per file, as a teaching note.
 */
public final class UncheckedScriptRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS051", "only the last line of a script block decides",
            Severity.INFO, FileKind.BUILDSPEC,
            "CodeBuild checks the exit status of each command. A '|' block is one command: the shell runs its"
                    + " lines as one script, and the script's status is that of its last line. When 'docker build'"
                    + " fails and the next line 'docker push' works, the phase succeeds. Start such a block with"
                    + " 'set -e', join the lines with '&&', or write each line as its own list item. Blocks with"
                    + " if/for/while, here-documents or error handling of their own are not reported, and the note"
                    + " is given once per file.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - |
                            docker build -t app .
                            docker push app
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - |
                            set -e
                            docker build -t app .
                            docker push app
                    """);

    /** 'set -e', 'set -eu', 'set -euo pipefail', 'set -o errexit', and 'trap ... ERR'. */
    private static final Pattern STOPS_ON_ERROR = Pattern.compile(
            "(?m)^\\s*(set\\s+(-[a-zA-Z]+\\s+)*-[a-zA-Z]*e|set\\s+-o\\s+errexit|trap\\s.*\\bERR\\b)");
    private static final Set<String> STRUCTURE = Set.of("if", "then", "else", "elif", "fi", "for", "while", "until",
            "do", "done", "case", "esac", "function", "{", "}", "select", "(", ")");
    /** Lines whose failure does not matter. */
    private static final Set<String> HARMLESS = Set.of("echo", "printf", ":", "true");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        List<YamlScalar> commands = PhaseCommands.of(buildspec);
        List<YamlScalar> unchecked = new ArrayList<>();
        for (YamlScalar command : commands) {
            if (command.style() == ScalarStyle.LITERAL && command.value().indexOf('\n') >= 0
                    && isUnchecked(command.value())) {
                unchecked.add(command);
            }
        }
        if (unchecked.isEmpty()) {
            return;
        }
        for (YamlScalar command : commands) {
            if (stopsOnError(command.value())) {
                return; // the author knows 'set -e'; it may also carry over to later blocks in the same shell
            }
        }
        int others = unchecked.size() - 1;
        context.report(unchecked.get(0), "this block runs its lines as one script without 'set -e': a failing"
                + " line before the last one does not fail the phase"
                + (others == 0 ? "" : " (" + others + " more such block" + (others == 1 ? "" : "s") + " below)"),
                "start the block with 'set -e', or join the lines with '&&'");
    }

    /** The regular expression only where its words occur: most commands have neither. */
    private static boolean stopsOnError(String command) {
        return (command.contains("set") || command.contains("trap")) && STOPS_ON_ERROR.matcher(command).find();
    }

    /** True for a plain sequence of two or more commands where a failure before the last one goes unnoticed. */
    static boolean isUnchecked(String script) {
        if (stopsOnError(script) || script.contains("<<")) {
            return false;
        }
        List<String> commands = commands(script);
        if (commands.size() < 2) {
            return false;
        }
        for (String command : commands) {
            String word = ShellCatalog.firstWord(command);
            if (STRUCTURE.contains(word) || command.endsWith("{") || command.endsWith("(")) {
                return false;
            }
        }
        for (int i = 0; i < commands.size() - 1; i++) {
            String command = commands.get(i);
            boolean chained = command.endsWith("&&") || command.endsWith("||") || command.endsWith("|");
            boolean handled = command.contains("|| exit") || command.contains("|| return");
            if (!chained && !handled && !HARMLESS.contains(ShellCatalog.firstWord(command))) {
                return true;
            }
        }
        return false;
    }

    /** The script's commands: lines without blanks and comments, with '\'-continued lines joined. */
    private static List<String> commands(String script) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : script.split("\n")) {
            String line = raw.strip();
            if (current.length() == 0 && (line.isEmpty() || line.startsWith("#"))) {
                continue;
            }
            if (current.length() == 0 && !line.endsWith("\\")) {
                commands.add(line); // the common line: a whole command, already stripped
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            commands.add(current.toString().strip());
            current.setLength(0);
        }
        if (current.length() > 0) {
            commands.add(current.toString().strip());
        }
        return commands;
    }
}
