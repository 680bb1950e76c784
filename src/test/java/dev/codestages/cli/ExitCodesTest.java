package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Tests that the one exit-code table is what every command's help and the docs show. */
class ExitCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"lint", "rules", "explain", "diagram", "run", "status", "history", "approve", "reject", "init"})
    void everyCommandsHelpListsTheOneTable(String command) {
        CliRun help = CliRun.run(Path.of(""), command, "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.stdout()).contains("Exit codes:");
        for (Map.Entry<String, String> code : ExitCodes.TABLE.entrySet()) {
            assertThat(help.stdout()).containsPattern("(?m)^ +" + code.getKey() + " +\\Q" + code.getValue() + "\\E$");
        }
    }

    @Test
    void theDocsAndTheReadmeShowTheSameTable() throws IOException {
        for (Path doc : new Path[] {Path.of("docs/cli.md"), Path.of("README.md")}) {
            String text = Files.readString(doc, StandardCharsets.UTF_8).replace("`--fail-on`", "--fail-on");
            for (Map.Entry<String, String> code : ExitCodes.TABLE.entrySet()) {
                assertThat(text).as(doc.toString()).contains("| `" + code.getKey() + "` | " + code.getValue() + " |");
            }
        }
    }
}
