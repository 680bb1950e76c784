package dev.codestages.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The loader takes shortcuts on the common file (LF line endings, valid UTF-8, no tags, no aliases, few
 * keys per mapping); these tests pin that each shortcut gives what the general path gives on the
 * uncommon file.
 */
class YamlLoaderShortcutsTest {

    private final YamlLoader loader = new YamlLoader();

    private LoadedYaml load(String text) {
        return loader.load(text.getBytes(StandardCharsets.UTF_8));
    }

    // --- the line-length limit, whatever ends the lines ----------------------------------------

    @ParameterizedTest(name = "line break {index}")
    @ValueSource(strings = {"\n", "\r\n", "\r", "\u0085", "\u2028"})
    void overlongLineIsNamedWithTheSameNumberWhateverBreaksTheLines(String lineBreak) {
        YamlLoader strict = new YamlLoader(new YamlLimits(4096, 64, 100, 1000, 20));
        String text = String.join(lineBreak, "a: 1", "b: " + "x".repeat(17), "c: " + "y".repeat(30), "d: 4");

        LoadedYaml loaded = strict.load(text.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.root()).isNull();
        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at, YamlProblem::message)
                .containsExactly(tuple(YamlIssue.LIMIT_EXCEEDED, new Position(3, 1),
                        "line 3 is 33 characters long, over the limit of 20; the file was not read"));
    }

    @Test
    void lineExactlyAtTheLimitIsRead() {
        YamlLoader strict = new YamlLoader(new YamlLimits(4096, 64, 100, 1000, 20));

        LoadedYaml loaded = strict.load(("a: 1\nb: " + "x".repeat(17) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.rootMapping().scalar("b")).isPresent();
    }

    @Test
    void lastLineWithoutALineBreakCountsToo() {
        YamlLoader strict = new YamlLoader(new YamlLimits(4096, 64, 100, 1000, 20));

        LoadedYaml loaded = strict.load(("a: 1\nb: " + "x".repeat(18)).getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.LIMIT_EXCEEDED, new Position(2, 1)));
    }

    // --- UTF-8: a real U+FFFD is no bad byte ---------------------------------------------------

    @Test
    void replacementCharacterWrittenInTheFileIsNoEncodingProblem() {
        LoadedYaml loaded = load("a: 1\nb: broken \uFFFD sign\n");

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.rootMapping().scalar("b").orElseThrow().value()).isEqualTo("broken \uFFFD sign");
    }

    @Test
    void badByteAfterARealReplacementCharacterIsReportedWhereTheBadByteIs() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a: \uFFFD\nb: x".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 'é', not UTF-8
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));

        LoadedYaml loaded = loader.load(bytes.toByteArray());

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at, YamlProblem::message)
                .containsExactly(tuple(YamlIssue.INVALID_UTF8, new Position(2, 5),
                        "file is not valid UTF-8 (first bad byte here)"));
        assertThat(loaded.rootMapping().scalar("b").orElseThrow().value()).isEqualTo("x\uFFFD");
    }

    // --- tags: only a tag written in the file, and only one that changes the type ----------------

    @Test
    void tagIsExplicitOnlyWhenWrittenAndDifferentFromWhatTheReaderWouldChoose() {
        YamlMapping root = load("""
                a: !!str 5
                b: !!str five
                c: !Ref Bucket
                d: 5
                e: ! 5
                f: !!int '7'
                """).rootMapping();

        assertThat(root.get("a").explicitTag()).isEqualTo("tag:yaml.org,2002:str");
        assertThat(root.get("b").explicitTag()).isNull();
        assertThat(root.get("c").explicitTag()).isEqualTo("!Ref");
        assertThat(root.get("d").explicitTag()).isNull();
        assertThat(root.get("e").explicitTag()).isNull();
        assertThat(root.get("f").explicitTag()).isEqualTo("tag:yaml.org,2002:int");
    }

    @Test
    void tagOfAnAnchoredScalarIsKeptWhereAnAliasRepeatsIt() {
        YamlMapping root = load("a: &x !Ref Bucket\nb: *x\n").rootMapping();

        assertThat(root.get("a").explicitTag()).isEqualTo("!Ref");
        assertThat(root.get("b").explicitTag()).isEqualTo("!Ref");
    }

    // --- duplicate keys in small and large mappings --------------------------------------------

    @Test
    void thirdCopyOfAKeyNamesTheSecondAsItsPrevious() {
        LoadedYaml loaded = load("k: 1\nk: 2\nk: 3\n");

        assertThat(loaded.problems()).extracting(YamlProblem::at, YamlProblem::message).containsExactly(
                tuple(new Position(2, 1), "key 'k' is duplicated; previously defined at line 1, column 1"),
                tuple(new Position(3, 1), "key 'k' is duplicated; previously defined at line 2, column 1"));
    }

    @Test
    void duplicatesInALargeMappingAreReportedAsInASmallOne() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("key").append(i).append(": ").append(i).append('\n');
        }
        text.append("key7: again\nkey7: and again\n");

        LoadedYaml loaded = load(text.toString());

        assertThat(loaded.problems()).extracting(YamlProblem::at, YamlProblem::message).containsExactly(
                tuple(new Position(41, 1), "key 'key7' is duplicated; previously defined at line 7, column 1"),
                tuple(new Position(42, 1), "key 'key7' is duplicated; previously defined at line 41, column 1"));
        assertThat(loaded.rootMapping().entries()).hasSize(42);
    }

    @Test
    void explicitKeyBeatsAMergedOneAlsoWhereAnAliasRepeatsTheMapping() {
        YamlMapping root = load("""
                base: &base {a: 1, b: 2}
                one: &one
                  <<: *base
                  a: 3
                two: *one
                """).rootMapping();

        for (String name : new String[] {"one", "two"}) {
            YamlMapping mapping = root.mapping(name).orElseThrow();
            assertThat(mapping.entries()).extracting(YamlEntry::keyText).containsExactly("a", "b");
            assertThat(mapping.scalar("a").orElseThrow().value()).isEqualTo("3");
        }
    }
}
