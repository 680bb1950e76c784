package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** Tests {@link PlainLint}: a plain {@code lint PATH...} run without picocli behaves exactly as through it. */
class PlainLintTest {

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    @Test
    void plainLintPrintsAndExitsExactlyAsPicocliDoes() throws IOException {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("buildspec.yml"), "version: 0.2\nphases:\n  prebuild:\n    commands:\n      - make\n");
        Files.writeString(specs.resolve("buildspec-clean.yml"), "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n");
        Path empty = Files.createDirectories(dir.resolve("nothing-here"));
        List<String[]> cases = List.of(
                new String[] {"lint", specs.resolve("buildspec.yml").toString()},
                new String[] {"lint", specs.resolve("buildspec-clean.yml").toString()},
                new String[] {"lint", specs.toString()},
                new String[] {"lint", specs.toString(), specs.resolve("buildspec.yml").toString()},
                new String[] {"lint", dir.resolve("missing.yml").toString()},
                new String[] {"lint", empty.toString()});
        for (String[] args : cases) {
            assertThat(plain(args)).as(String.join(" ", args)).isEqualTo(picocli(args));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules", "lint --format json x", "lint x --fail-on=never", "lint -", "lint @args.txt",
        "lint --", "lint -h", "--version"})
    void leavesEverythingButPathsToPicocli(String commandLine) {
        StringWriter out = new StringWriter();
        assertThat(PlainLint.run(commandLine.split(" "), new PrintWriter(out), new PrintWriter(out))).isNull();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void leavesEmptyAndInvalidPathsToPicocli() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        assertThat(PlainLint.run(new String[] {"lint", ""}, sink, sink)).isNull();
        assertThat(PlainLint.run(new String[] {"lint", "a\0b"}, sink, sink)).isNull();
        assertThat(PlainLint.run(new String[0], sink, sink)).isNull();
    }

    /** A new option with a picocli {@code defaultValue} would be null on the plain path: this catches it. */
    @Test
    void picocliLeavesEveryOptionAtTheInitialValueOfItsField() throws IllegalAccessException {
        CommandLine cli = Codestages.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        LintCommand parsed = cli.parseArgs("lint", "a.yml").subcommand().commandSpec().commandLine().getCommand();
        LintCommand fresh = LintCommand.plain(List.of(), null, null);
        List<String> differences = new ArrayList<>();
        compareOptions(parsed, fresh, differences);
        assertThat(differences).as("give option defaults as field initial values, not defaultValue").isEmpty();
    }

    /** Every option field of {@code parsed} and {@code fresh}, and of their mixins, compared by value. */
    private static void compareOptions(Object parsed, Object fresh, List<String> differences) throws IllegalAccessException {
        for (Field field : parsed.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(CommandLine.Spec.class)
                    || field.isAnnotationPresent(CommandLine.Parameters.class)) {
                continue;
            }
            field.setAccessible(true);
            if (field.isAnnotationPresent(CommandLine.Mixin.class)) {
                compareOptions(field.get(parsed), field.get(fresh), differences);
            } else if (!Objects.equals(field.get(parsed), field.get(fresh))) {
                differences.add(field.getName() + ": picocli " + field.get(parsed) + ", initial " + field.get(fresh));
            }
        }
    }

    private static Outcome plain(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Integer code = PlainLint.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("taken by the plain path").isNotNull();
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Outcome picocli(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Codestages.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
