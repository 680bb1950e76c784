package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that {@code lint DIR} writes the findings of a folder whose EC2 AppSpec pairs with its buildspecs
 * while the walk is still going: the files are the clock. When the first folder's findings are written, a
 * file is added to the last folder; it is linted only if the walk has not listed that folder yet (before,
 * every result waited for the last file, so the added file was never seen).
 */
class LintHandsOnEarlyTest {

    private static final int FOLDERS = 300;
    private static final String WITH_ARTIFACTS = "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n"
            + "artifacts:\n  files:\n    - target/app.jar\n";

    @TempDir
    Path temp;

    @Test
    void theFirstFolderSFindingsAreWrittenBeforeTheWalkListsTheLastFolder() throws IOException {
        for (int i = 0; i < FOLDERS; i++) {
            Path folder = Files.createDirectories(temp.resolve(String.format("tree/f%03d", i)));
            Files.writeString(folder.resolve("appspec.yml"), "version: 0.0\nos: linux\n");
            for (int k = 0; k < 9; k++) {
                Files.writeString(folder.resolve("buildspec-" + k + ".yml"), WITH_ARTIFACTS);
            }
        }
        Path late = temp.resolve(String.format("tree/f%03d/buildspec-late.yml", FOLDERS - 1));
        StringWriter out = new StringWriter();
        Writer clock = new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                out.write(chars, offset, length);
                if (!Files.exists(late) && out.toString().contains("f000/buildspec-0.yml")) {
                    try {
                        Files.writeString(late, "version: 0.2\nphases:\n  biuld:\n    commands: [make]\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        int exit = Codestages.commandLine(new PrintWriter(clock), new PrintWriter(new StringWriter()), temp)
                .execute("lint", "--no-config", "tree");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("f000/buildspec-0.yml").contains("BN011")
                .contains("buildspec-late.yml");
    }
}
