package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tests that a key with a dot in its name is named whole in unknown-key messages, never split at the dot. */
class DottedKeyPathTest {

    private static String messages(String name, String yaml, FileKind kind) {
        return String.join("\n", new Linter().lintBytes(name, yaml.getBytes(StandardCharsets.UTF_8), kind)
                .findings().stream().map(Finding::message).toList());
    }

    @Test
    void aTopLevelBuildspecKeyWithADotIsUnknownAtTheTopLevel() {
        assertThat(messages("buildspec.yml", "version: 0.2\n\"a.b\": 1\nphases:\n  build:\n    commands: [make]\n",
                FileKind.BUILDSPEC))
                .contains("unknown key 'a.b' in the top level; CodeBuild ignores it");
    }

    @Test
    void aNestedBuildspecKeyWithADotNamesItsRealParent() {
        assertThat(messages("buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands: [make]\n    \"x.y\": 1\n",
                FileKind.BUILDSPEC))
                .contains("unknown key 'x.y' in 'phases.build'; CodeBuild ignores it");
    }

    @Test
    void anAppspecKeyWithADotIsATopLevelKey() {
        assertThat(messages("appspec.yml", "version: 0.0\nos: linux\n\"a.b\": 1\n", FileKind.APPSPEC))
                .contains("unknown top-level key 'a.b'");
    }

    @Test
    void aKeyUnderADottedKeyNamesTheDottedKeyBracketed() {
        assertThat(messages("buildspec.yml", "version: 0.2\nphases:\n  build:\n    commands: [make]\nreports:\n"
                + "  \"unit.xml\":\n    files: [a]\n    wrong: 1\n", FileKind.BUILDSPEC))
                .contains("unknown key 'wrong' in 'reports[\"unit.xml\"]'; CodeBuild ignores it");
    }
}
