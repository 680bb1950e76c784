package dev.codestages.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lint PATH...} without picocli. When every argument after {@code lint} is a path, parsing would
 * only turn them into {@link Path}s and leave every option at its default, so this makes the
 * {@link LintCommand} picocli would make ({@link LintCommand#plain}) and calls it: same defaults (the
 * fields' initial values, which picocli uses too; PlainLintTest checks it), same checks, same output.
 * Anything else (an option, an {@code @} argument file, an empty or invalid path) goes to picocli.
 * Kept because picocli's model doubles a one-file lint: 135 against 342 ms of CPU (RUNS=20, docs/performance.md).
 */
final class PlainLint {

    private PlainLint() {
    }

    /** The exit code of a plain {@code lint PATH...}, or null when the arguments are for picocli. */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || !args[0].equals("lint")) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
                return null;
            }
            try {
                paths.add(Path.of(arg));
            } catch (InvalidPathException e) {
                return null;
            }
        }
        try {
            return LintCommand.plain(paths, out, err).call();
        } catch (RuntimeException e) {
            return Codestages.internalError(err, e);
        }
    }
}
