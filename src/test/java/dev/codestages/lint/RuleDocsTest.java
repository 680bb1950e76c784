package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Tests that {@code docs/rules.md} is what {@link RuleDocs} generates from the rules today. */
class RuleDocsTest {

    @Test
    void committedRuleDocumentationIsUpToDate() throws IOException {
        String committed = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
        assertThat(committed)
                .as("docs/rules.md is stale; regenerate it with: " + RuleDocs.REGENERATE)
                .isEqualTo(RuleDocs.markdown());
    }

    @Test
    void everyRuleHasASectionWithItsRealOutput() {
        String markdown = RuleDocs.markdown();
        for (Rule rule : Rules.all()) {
            assertThat(markdown).contains("<a id=\"" + rule.id() + "\"></a>");
            assertThat(markdown).contains("[" + rule.id() + "] ");
        }
    }
}
