package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link Codestages} end to end against the goldens under {@code src/test/resources/cli}: each
 * folder with an {@code args} file is a case whose standard output, standard error and exit code
 * must be exactly {@code stdout}, {@code stderr} and {@code exit} beside it. How to add and
 * regenerate cases is in that folder's README.
 */
class CliGoldenTest {

    static final Path ROOT = Path.of("src/test/resources/cli");
    /** {@code -Dcodestages.updateGoldens=true} rewrites the expected files instead of comparing (then review the diff). */
    private static final boolean UPDATE = Boolean.getBoolean("codestages.updateGoldens");

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.getFileName().toString().equals("args"))
                    .map(Path::getParent)
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** A case runs in its own folder, or, when it belongs to a set sharing one input ({@code cli/formats/json}), in the set's folder. */
    static Path baseOf(Path folder) {
        return folder.getParent().equals(ROOT) ? folder : folder.getParent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsExactlyTheGoldenOutput(Path folder) throws IOException {
        List<String> args = Files.readAllLines(folder.resolve("args"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty())
                .toList();
        CliRun run = CliRun.run(baseOf(folder), args);
        if (UPDATE) {
            Files.writeString(folder.resolve("stdout"), run.stdout(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("stderr"), run.stderr(), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("exit"), run.exit() + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertThat(run.stdout()).as("stdout of %s", folder).isEqualTo(expected(folder, "stdout"));
        assertThat(run.stderr()).as("stderr of %s", folder).isEqualTo(expected(folder, "stderr"));
        assertThat(run.exit()).as("exit code of %s", folder).isEqualTo(Integer.parseInt(expected(folder, "exit").strip()));
    }

    private static String expected(Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        assertThat(file).as("golden %s (regenerate: see %s/README.md)", file, ROOT).exists();
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
