package dev.codestages.buildspec.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests BS070 on the paths between a climb and a name that only looks like one. */
class ArtifactPathRuleTest {

    private static List<Finding> lint(String yaml) {
        return new Linter().lintBytes("buildspec.yml", yaml.getBytes(StandardCharsets.UTF_8), FileKind.BUILDSPEC)
                .findings().stream().filter(f -> f.rule().equals("BS070")).toList();
    }

    @Test
    void dotDotIsAClimbOnlyAsAWholePartBetweenSlashesOrBackslashes() {
        List<Finding> findings = lint("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - make
                artifacts:
                  files:
                    - out/../../secrets
                    - 'out\\..\\x'
                    - ..
                    - out/..x/file
                    - out/x../file
                    - out/.../file
                    - out/..
                """);

        assertThat(findings).extracting(f -> f.at().line(), f -> f.at().column()).containsExactly(
                tuple(8, 7), tuple(9, 7), tuple(10, 7), tuple(14, 7));
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).contains("uses '..' to leave the build root"));
    }
}
