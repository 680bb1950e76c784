package dev.codestages.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link YamlLoader}: positions, scalar styles and types, merge keys, duplicates, documents, line endings, BOM. */
class YamlLoaderTest {

    private final YamlLoader loader = new YamlLoader();

    private LoadedYaml load(String text) {
        return loader.load(text.getBytes(StandardCharsets.UTF_8));
    }

    private YamlMapping root(String text) {
        LoadedYaml loaded = load(text);
        assertThat(loaded.problems()).isEmpty();
        return loaded.rootMapping();
    }

    private static YamlScalar scalar(YamlNode node) {
        return (YamlScalar) node;
    }

    // --- positions -----------------------------------------------------------------------------

    @Test
    void keysValuesAndItemsHaveOneBasedPositions() {
        YamlMapping root = root("""
                version: 0.2
                phases:
                  build:
                    commands:
                      - make
                      - make test
                """);
        YamlEntry phases = root.entry("phases").orElseThrow();
        YamlMapping build = root.mapping("phases").orElseThrow().mapping("build").orElseThrow();
        YamlSequence commands = (YamlSequence) build.get("commands");

        assertThat(root.start()).isEqualTo(new Position(1, 1));
        assertThat(root.entry("version").orElseThrow().value().start()).isEqualTo(new Position(1, 10));
        assertThat(phases.key().start()).isEqualTo(new Position(2, 1));
        assertThat(phases.value().start()).isEqualTo(new Position(3, 3));
        assertThat(build.entry("commands").orElseThrow().key().start()).isEqualTo(new Position(4, 5));
        assertThat(commands.start()).isEqualTo(new Position(5, 7));
        assertThat(commands.items()).extracting(YamlNode::start)
                .containsExactly(new Position(5, 9), new Position(6, 9));
        assertThat(scalar(commands.items().get(1)).end()).isEqualTo(new Position(6, 18));
    }

    @Test
    void columnsCountCharactersNotBytesAfterAccentsAndEmoji() {
        YamlMapping root = root("""
                caf\u00e9: \u00e9\u00e9 x
                "\uD83C\uDF89\uD83C\uDF89": v
                list: [\u00e9, \uD83C\uDF89, x]
                \u6f22\u5b57:
                  - \uD83D\uDE80 go
                  - {\uD83D\uDE80: y, k: z}
                """);
        YamlSequence list = (YamlSequence) root.get("list");
        YamlSequence kanji = (YamlSequence) root.get("\u6f22\u5b57");
        YamlMapping flow = (YamlMapping) kanji.items().get(1);

        assertThat(root.entry("caf\u00e9").orElseThrow().value().start()).isEqualTo(new Position(1, 7));
        assertThat(root.entry("\uD83C\uDF89\uD83C\uDF89").orElseThrow().value().start()).isEqualTo(new Position(2, 7));
        assertThat(list.items()).extracting(YamlNode::start)
                .containsExactly(new Position(3, 8), new Position(3, 11), new Position(3, 14));
        assertThat(kanji.items().get(0).start()).isEqualTo(new Position(5, 5));
        assertThat(flow.entry("k").orElseThrow().key().start()).isEqualTo(new Position(6, 12));
        assertThat(flow.get("k").start()).isEqualTo(new Position(6, 15));
    }

    @Test
    void syntaxErrorAfterAnEmojiPointsAtTheRightColumn() {
        LoadedYaml loaded = load("a: 1\nb: \uD83C\uDF89 x: y\n");

        assertThat(loaded.problems()).extracting(p -> p.issue(), p -> p.at())
                .containsExactly(tuple(YamlIssue.SYNTAX, new Position(2, 7)));
    }

    // --- scalars -------------------------------------------------------------------------------

    @Test
    void scalarStylesAreKept() {
        YamlMapping root = root("""
                plain: a b
                single: 'a b'
                double: "a\\tb"
                literal: |
                  line one
                  line two
                folded: >
                  line one
                  line two
                """);

        assertThat(root.entries()).extracting(e -> e.keyText(), e -> scalar(e.value()).style(),
                e -> scalar(e.value()).value()).containsExactly(
                tuple("plain", ScalarStyle.PLAIN, "a b"),
                tuple("single", ScalarStyle.SINGLE_QUOTED, "a b"),
                tuple("double", ScalarStyle.DOUBLE_QUOTED, "a\tb"),
                tuple("literal", ScalarStyle.LITERAL, "line one\nline two\n"),
                tuple("folded", ScalarStyle.FOLDED, "line one line two\n"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "yes|BOOLEAN", "no|BOOLEAN", "on|BOOLEAN", "off|BOOLEAN", "Yes|BOOLEAN", "OFF|BOOLEAN", "true|BOOLEAN",
        "False|BOOLEAN", "y|STRING", "n|STRING",
        "0644|INTEGER", "0o644|STRING", "0x1F|INTEGER", "1_000|INTEGER", "-7|INTEGER", "0|INTEGER",
        "0.2|FLOAT", "0.10|FLOAT", "1.0e3|FLOAT", ".inf|FLOAT", ".NaN|FLOAT",
        "~|NULL", "null|NULL", "Null|NULL", "NULL|NULL", "nil|STRING",
        "2001-12-14|TIMESTAMP",
        "'yes'|STRING", "\"0644\"|STRING", "'0.2'|STRING", "'~'|STRING", "\"\"|STRING", "'null'|STRING",
        "!!str 0644|STRING", "!!str yes|STRING",
        "echo hi|STRING", "3.10.1|STRING",
    })
    void scalarsAreTypedAsAYaml11ReaderTypesThem(String written, ScalarType type) {
        YamlScalar value = scalar(root("key: " + written + "\n").get("key"));

        assertThat(value.type()).isEqualTo(type);
    }

    @Test
    void emptyValueIsNullAndRawTextIsKeptUnconverted() {
        YamlMapping root = root("empty:\nversion: 0.10\nmode: 0644\n");

        assertThat(scalar(root.get("empty")).isNull()).isTrue();
        assertThat(scalar(root.get("empty")).start()).isEqualTo(new Position(1, 7));
        assertThat(scalar(root.get("version")).value()).isEqualTo("0.10");
        assertThat(scalar(root.get("mode")).value()).isEqualTo("0644");
    }

    // --- merge keys ----------------------------------------------------------------------------

    @Test
    void mergeKeyMergesEntriesExplicitKeysWinAndPositionsAreKept() {
        YamlMapping root = root("""
                base: &base
                  image: ubuntu
                  shell: bash
                child:
                  <<: *base
                  shell: sh
                """);
        YamlMapping child = root.mapping("child").orElseThrow();

        assertThat(child.entries()).extracting(YamlEntry::keyText, e -> scalar(e.value()).value(),
                e -> e.key().start(), e -> e.value().start()).containsExactly(
                tuple("shell", "sh", new Position(6, 3), new Position(6, 10)),
                tuple("image", "ubuntu", new Position(2, 3), new Position(2, 10)));
        assertThat(child.has("<<")).isFalse();
    }

    @Test
    void mergeOfAListLetsTheEarlierMappingWin() {
        YamlMapping root = root("""
                a: &a {k: from-a, x: 1}
                b: &b {k: from-b, y: 2}
                c:
                  <<: [*a, *b]
                """);
        YamlMapping c = root.mapping("c").orElseThrow();

        assertThat(c.entries()).extracting(YamlEntry::keyText).containsExactly("k", "x", "y");
        assertThat(scalar(c.get("k")).value()).isEqualTo("from-a");
    }

    @Test
    void mergeOfAScalarIsReported() {
        LoadedYaml loaded = load("a:\n  <<: text\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.SYNTAX, new Position(2, 7)));
    }

    // --- duplicate keys ------------------------------------------------------------------------

    @Test
    void duplicateKeysInNestedMappingsAreReportedAtTheSecondKey() {
        LoadedYaml loaded = load("""
                phases:
                  build:
                    commands: [make]
                    commands: [make test]
                  build:
                    commands: [x]
                """);

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at, YamlProblem::message)
                .containsExactly(
                        tuple(YamlIssue.DUPLICATE_KEY, new Position(4, 5),
                                "key 'commands' is duplicated; previously defined at line 3, column 5"),
                        tuple(YamlIssue.DUPLICATE_KEY, new Position(5, 3),
                                "key 'build' is duplicated; previously defined at line 2, column 3"));
        assertThat(loaded.rootMapping().mapping("phases").orElseThrow().entries()).hasSize(2);
    }

    @Test
    void keyThatOverridesAMergedKeyIsNoDuplicate() {
        LoadedYaml loaded = load("""
                base: &base {a: 1, b: 2}
                one:
                  <<: *base
                  a: 3
                two:
                  a: 4
                  <<: [*base, *base]
                """);

        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void duplicateBesideAMergeIsStillADuplicate() {
        LoadedYaml loaded = load("base: &base {a: 1}\none:\n  <<: *base\n  b: 2\n  b: 3\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.DUPLICATE_KEY, new Position(5, 3)));
    }

    @Test
    void duplicateInsideAnAnchoredMappingIsReportedOnceNotAtEveryAlias() {
        LoadedYaml loaded = load("a: &a {k: 1, k: 2}\nb: *a\nc: *a\nd: {<<: *a}\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.DUPLICATE_KEY, new Position(1, 14)));
    }

    @Test
    void keysThatDifferOnlyInQuotingAreDuplicates() {
        LoadedYaml loaded = load("version: 0.2\n'version': 0.2\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue).containsExactly(YamlIssue.DUPLICATE_KEY);
    }

    // --- documents -----------------------------------------------------------------------------

    @Test
    void onlyTheFirstOfSeveralDocumentsIsReadAndTheSecondIsReported() {
        LoadedYaml loaded = load("---\na: 1\n---\nb: 2\n---\nc: 3\n");

        assertThat(loaded.rootMapping().entries()).extracting(YamlEntry::keyText).containsExactly("a");
        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.SEVERAL_DOCUMENTS, new Position(3, 1)));
    }

    @Test
    void documentEndMarkerAloneIsNotASecondDocument() {
        LoadedYaml loaded = load("---\na: 1\n...\n");

        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void syntaxErrorInTheSecondDocumentIsNotReportedAsTheFirstsProblem() {
        LoadedYaml loaded = load("a: 1\n---\nb: [\n");

        assertThat(loaded.rootMapping()).isNotNull();
        assertThat(loaded.problems()).extracting(YamlProblem::issue).containsExactly(YamlIssue.SEVERAL_DOCUMENTS);
    }

    @Test
    void emptyCommentOnlyAndNullDocumentsAreEmptyFiles() {
        for (String text : new String[] {"", "# only a comment\n", "~\n", "---\n", "\n\n"}) {
            LoadedYaml loaded = load(text);
            assertThat(loaded.root()).as(text).isNull();
            assertThat(loaded.problems()).as(text).extracting(YamlProblem::issue).containsExactly(YamlIssue.EMPTY_FILE);
        }
    }

    @Test
    void rootListIsReportedWithItsPosition() {
        LoadedYaml loaded = load("# a list\n- a\n- b\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.ROOT_NOT_MAPPING, new Position(2, 1)));
    }

    // --- line endings and BOM ------------------------------------------------------------------

    @Test
    void crlfFileIsReadWithRightLinesAndReportedOnce() {
        LoadedYaml loaded = load("version: 0.2\r\nphases:\r\n  build:\r\n    commands:\r\n      - make\r\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.CRLF_LINE_ENDINGS, new Position(1, 13)));
        YamlSequence commands = (YamlSequence) loaded.rootMapping().mapping("phases").orElseThrow()
                .mapping("build").orElseThrow().get("commands");
        assertThat(commands.items().get(0).start()).isEqualTo(new Position(5, 9));
        assertThat(scalar(commands.items().get(0)).value()).isEqualTo("make");
    }

    @Test
    void mixedLineEndingsReportTheFirstCrlfAndKeepLineNumbers() {
        LoadedYaml loaded = load("a: 1\nb: \uD83C\uDF89\r\nc: |\n  one\r\n  two\nd: 4\r\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.CRLF_LINE_ENDINGS, new Position(2, 5)));
        assertThat(loaded.rootMapping().entry("d").orElseThrow().key().start()).isEqualTo(new Position(6, 1));
        assertThat(scalar(loaded.rootMapping().get("c")).value()).isEqualTo("one\ntwo\n");
    }

    @Test
    void byteOrderMarkIsReportedAndNotPartOfTheFirstKey() {
        LoadedYaml loaded = load("\uFEFFversion: 0.2\nphases: {}\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.BYTE_ORDER_MARK, new Position(1, 1)));
        assertThat(loaded.rootMapping().entry("version").orElseThrow().key().start()).isEqualTo(new Position(1, 1));
        assertThat(loaded.rootMapping().get("phases").start()).isEqualTo(new Position(2, 9));
    }

    @Test
    void byteOrderMarkWithCrlfGivesBothProblems() {
        LoadedYaml loaded = load("\uFEFFa: 1\r\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue)
                .containsExactly(YamlIssue.BYTE_ORDER_MARK, YamlIssue.CRLF_LINE_ENDINGS);
        assertThat(loaded.problems().get(1).at()).isEqualTo(new Position(1, 5));
    }

    @Test
    void tabInIndentationIsReportedWhereTheTabIs() {
        LoadedYaml loaded = load("phases:\n  build:\n  \tcommands: [x]\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.TAB_INDENTATION, new Position(3, 3)));
    }
}
