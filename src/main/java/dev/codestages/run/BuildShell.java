package dev.codestages.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs buildspec commands the way CodeBuild does. In version 0.2 the build has one shell: a command
 * sees the directory and the variables that earlier commands left (exported or only set: "In buildspec
 * version 0.1, CodeBuild runs each Shell command in a separate instance of the default shell ... you cannot
 * run a single command that relies on the state of any previous commands (such as changing directories or
 * setting environment variables)", https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-cmd.html,
 * the limit that 0.2 lifts), so each command runs in a script that restores that state first and saves it after. In version 0.1 every command starts in a
 * fresh shell in the source folder. Either way the exit status of each command (for a multi-line block,
 * of its last line) decides whether it failed.
 *
 * <p>The saved state is the build's environment, so it is kept private: the folder is readable by
 * the owner only (0700, files 0600), the secret variables are left out of it (every command gets them
 * from its process environment instead), and it is deleted when the build ends ({@link #close()}).
 */
final class BuildShell implements AutoCloseable {

    private final String shell;
    private final boolean persistent;
    private final Path sourceDir;
    /** The start of one variable in what {@code export -p} writes (bash: declare -x, dash: export), to its quote. */
    private static final Pattern SAVED_VARIABLE = Pattern.compile("(?m)^(?:declare -x|export) [A-Za-z_][A-Za-z0-9_]*=([\"'])");

    private final Path stateDir;
    private final Map<String, String> environment;
    private final Set<String> secretNames;

    /**
     * @param shell       the shell binary, {@code bash} or {@code /bin/sh}
     * @param persistent  true for version 0.2 (one shell for the whole build)
     * @param stateDir    a private folder for the saved state
     * @param environment variables every command starts with
     * @param secretNames variables whose values are never saved in the state
     */
    BuildShell(String shell, boolean persistent, Path sourceDir, Path stateDir, Map<String, String> environment,
               Set<String> secretNames) throws IOException {
        this.shell = shell;
        this.persistent = persistent;
        this.sourceDir = sourceDir;
        this.stateDir = stateDir;
        this.environment = new LinkedHashMap<>(environment);
        this.secretNames = Set.copyOf(secretNames);
        Files.createDirectories(stateDir);
        restrict(stateDir, "rwx------");
        for (String name : List.of("pwd", "env", "command.sh", "exported.sh")) {
            Files.deleteIfExists(stateDir.resolve(name));
            Files.createFile(stateDir.resolve(name));
            restrict(stateDir.resolve(name), "rw-------");
        }
        Files.writeString(stateDir.resolve("pwd"), sourceDir.toString() + "\n", StandardCharsets.UTF_8);
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX modes (never the case on the Linux and macOS hosts the runner supports)
        }
    }

    /** Deletes the saved state: the build has ended. */
    @Override
    public void close() throws IOException {
        Trees.delete(stateDir);
    }

    /**
     * Runs one command with {@code overrides} set on top of the saved state; returns its exit code, or
     * {@link ProcessRunner#TIMED_OUT} when it ran past {@code timeout} (null: no limit).
     */
    int run(String command, Map<String, String> overrides, Duration timeout, Consumer<String> output)
            throws IOException, InterruptedException {
        Path script = stateDir.resolve("command.sh");
        Files.writeString(script, script(command, overrides), StandardCharsets.UTF_8);
        // CodeBuild stops a timed-out build; TERM first lets the command's own traps run
        int status = ProcessRunner.run(List.of(shell, script.toString()), sourceDir, environment, timeout, null, output,
                true);
        if (persistent) {
            scrubCopiesOfSecrets();
        }
        return status;
    }

    /**
     * Replaces every secret value that a command copied into another variable ({@code export
     * COPY="x$DB_PASSWORD"}) in the saved state by a reference to the secret's own variable, which each
     * command gets from the environment: the next command sees the same value, and the state on disk holds
     * none. The shell writes the state with {@code export -p}: bash quotes values in double quotes
     * ({@code \}, {@code "}, {@code $} and {@code `} escaped), dash in single quotes; the secret is looked
     * for as each quotes it. The copy is on disk only from the end of the command to this rewrite, in the
     * private folder; a copy that transforms the value (its base64) is not recognised.
     */
    private void scrubCopiesOfSecrets() throws IOException {
        Path file = stateDir.resolve("env");
        String state = Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder scrubbed = new StringBuilder(state.length());
        Matcher entry = SAVED_VARIABLE.matcher(state);
        int from = 0;
        char quote = 0;
        while (entry.find()) {
            scrubbed.append(scrub(state.substring(from, entry.start()), quote));
            scrubbed.append(entry.group());
            quote = entry.group(1).charAt(0);
            from = entry.end();
        }
        scrubbed.append(scrub(state.substring(from), quote));
        if (!scrubbed.toString().equals(state)) {
            Files.writeString(file, scrubbed.toString(), StandardCharsets.UTF_8);
        }
    }

    /** One saved value (in {@code quote}s) with each secret value in it replaced by its variable. */
    private String scrub(String value, char quote) {
        if (quote == 0) {
            return value;
        }
        String scrubbed = value;
        for (String name : secretNames) {
            String secret = environment.get(name);
            if (secret != null && !secret.isEmpty() && name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                // in single quotes, a quote is written '\'' (bash in POSIX mode) or '"'"' (dash)
                scrubbed = quote == '"' ? scrubbed.replace(doubleQuoted(secret), "${" + name + "}")
                        : scrubbed.replace(secret.replace("'", "'\\''"), "'\"${" + name + "}\"'")
                                .replace(secret.replace("'", "'\"'\"'"), "'\"${" + name + "}\"'");
            }
        }
        return scrubbed;
    }

    private static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '"' || c == '$' || c == '`') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }



    private String script(String command, Map<String, String> overrides) {
        StringBuilder out = new StringBuilder();
        String state = quote(stateDir.toString());
        if (persistent) {
            // builtins only: a fork per command for cat or mv would cost more than the command itself
            out.append(". ").append(state).append("/env\n");
            out.append("IFS= read -r __codestages_dir < ").append(state).append("/pwd\n");
            out.append("cd \"$__codestages_dir\" || exit 1\n");
            out.append("unset __codestages_dir __codestages_status\n");
        }
        overrides.forEach((name, value) -> out.append("export ").append(name).append('=').append(quote(value))
                .append('\n'));
        if (persistent) {
            // one shell for the whole build: a variable a command sets (IMAGE_TAG=$(...)) is there for the next
            // commands and phases, as in the ECR/ECS samples of the CodeBuild guide; allexport makes the
            // assignment part of the state that 'export -p' saves
            out.append("set -a\n");
        }
        // the command on its own lines, so that a here-document or a trailing comment in it stays intact
        out.append(command).append('\n');
        out.append("__codestages_status=$?\n");
        if (persistent) {
            out.append("set +a\n");
            for (String name : secretNames) {
                if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    out.append("unset ").append(name).append('\n');
                }
            }
            out.append("export -p > ").append(state).append("/env\n");
            out.append("pwd > ").append(state).append("/pwd\n");
        }
        out.append("exit $__codestages_status\n");
        return out.toString();
    }

    /**
     * The values of {@code names} as the build left them (exported in a command, or set in the
     * environment); names with no value are left out.
     */
    Map<String, String> exportedValues(List<String> names) throws IOException, InterruptedException {
        Map<String, String> values = new HashMap<>();
        if (names.isEmpty()) {
            return values;
        }
        StringBuilder script = new StringBuilder();
        if (persistent) {
            script.append(". ").append(quote(stateDir.toString())).append("/env\n");
        }
        for (String name : names) {
            if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                script.append("if [ -n \"${").append(name).append("+x}\" ]; then printf '%s=%s\\n' ")
                        .append(name).append(" \"$").append(name).append("\" | tr '\\n' '\\001'; printf '\\n'; fi\n");
            }
        }
        Path file = stateDir.resolve("exported.sh");
        Files.writeString(file, script.toString(), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        ProcessRunner.run(List.of(shell, file.toString()), sourceDir, environment, null, lines::add);
        for (String line : lines) {
            String restored = line.replace('\u0001', '\n');
            if (restored.endsWith("\n")) {
                restored = restored.substring(0, restored.length() - 1);
            }
            int equals = restored.indexOf('=');
            if (equals > 0) {
                values.put(restored.substring(0, equals), restored.substring(equals + 1));
            }
        }
        return values;
    }

    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
