package dev.codestages.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tests {@link YamlScalar#sourceLines()} as the loader fills it. */
class ScalarSourceLinesTest {

    private static YamlScalar first(String yaml) {
        YamlMapping root = new YamlLoader().load(yaml.getBytes(StandardCharsets.UTF_8)).rootMapping();
        YamlSequence list = (YamlSequence) root.get("commands");
        return (YamlScalar) list.items().get(0);
    }

    @Test
    void keepsEachLineOfAFoldedPlainScalar() {
        YamlScalar scalar = first("""
                commands:
                  - echo "one"
                    printf 'two' \\
                      three
                  - next
                """);
        assertThat(scalar.value()).isEqualTo("echo \"one\" printf 'two' \\ three");
        assertThat(scalar.sourceLines()).containsExactly("echo \"one\"", "printf 'two' \\", "three");
    }

    @Test
    void keepsTheQuotesOfAMultiLineQuotedScalar() {
        YamlScalar scalar = first("""
                commands:
                  - "echo a
                    b"
                """);
        assertThat(scalar.sourceLines()).containsExactly("\"echo a", "b\"");
    }

    @Test
    void leavesOneLineAndBlockScalarsWithoutSourceLines() {
        assertThat(first("commands:\n  - echo a\n").sourceLines()).isEmpty();
        assertThat(first("commands:\n  - |\n    echo a\n    echo b\n").sourceLines()).isEmpty();
    }

    @Test
    void countsColumnsInCodePoints() {
        YamlScalar scalar = first("commands:\n  - echo \uD83D\uDE00 a\n    b \uD83D\uDE00\n  - x\n");
        assertThat(scalar.sourceLines()).containsExactly("echo \uD83D\uDE00 a", "b \uD83D\uDE00");
    }
}
