package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.Linter;
import dev.codestages.lint.LintReport;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tests the class {@link KeyLocator}: paths as the shape checker writes them, quoted keys included. */
class KeyLocatorTest {

    private static final String BUILDSPEC = """
            version: 0.2
            phases:
              build:
                commands:
                  - make
            reports:
              "r../../etc/passwd":
                commands:
                  - npm test
              plain:
                files:
                  - a.xml
            """;

    @Test
    void findsAKeyThatHoldsDotsWrittenInBracketsAndQuotes() {
        YamlMapping root = new YamlLoader().load(BUILDSPEC.getBytes(StandardCharsets.UTF_8)).rootMapping();
        Optional<YamlNode> key = KeyLocator.keyOf(root, "reports[\"r../../etc/passwd\"]");
        assertThat(key).isPresent();
        assertThat(key.get().start().line()).isEqualTo(7);
        assertThat(KeyLocator.keyOf(root, "reports.plain.files[0]")).get()
                .extracting(n -> n.start().line()).isEqualTo(12);
        assertThat(KeyLocator.keyOf(root, "reports.plain.files[9]")).isEmpty();
        assertThat(KeyLocator.keyOf(root, "reports[\"missing")).isEmpty();
    }

    @Test
    void aReportGroupWhoseNameHoldsDotsIsLintedWithoutACrash() {
        LintReport report = new Linter().lintBytes("buildspec.yml", BUILDSPEC.getBytes(StandardCharsets.UTF_8), null);
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("BS012");
            assertThat(f.line()).isEqualTo(7);
        });
    }
}
