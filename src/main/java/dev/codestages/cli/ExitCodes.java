package dev.codestages.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * The exit codes of every command, and the one table of them that every command's {@code --help}
 * prints ({@link #describe}) and docs/cli.md repeats (ExitCodesTest keeps them equal).
 */
final class ExitCodes {

    /** Nothing at or above the threshold; a run that succeeded; anything else done as asked. */
    static final int OK = 0;
    /** Findings at or above {@code --fail-on}; a run that failed or was rejected. */
    static final int FINDINGS = 1;
    /** A usage error or an unreadable path. */
    static final int USAGE = 2;
    /** An execution left waiting (InProgress): at an approval, a disabled transition or a held stage. */
    static final int WAITING = 3;

    /** Code and meaning, as {@code --help} lists them. */
    static final Map<String, String> TABLE = table();

    private ExitCodes() {
    }

    private static Map<String, String> table() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put(String.valueOf(OK), "done: no finding at or above --fail-on; the run succeeded");
        table.put(String.valueOf(FINDINGS), "findings at or above --fail-on; the run failed or was rejected");
        table.put(String.valueOf(USAGE), "usage error or an unreadable path");
        table.put(String.valueOf(WAITING), "the execution waits at an approval, a disabled transition or a held stage");
        return table;
    }

    /** Puts the table into the help of {@code cli} and of each of its subcommands. */
    static void describe(CommandLine cli) {
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(TABLE);
        for (CommandLine sub : cli.getSubcommands().values()) {
            describe(sub);
        }
    }
}
