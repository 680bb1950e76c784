package dev.codestages.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link YamlLoader} against hostile input: alias bombs, recursion, deep nesting, huge files,
 * random bytes, object-building tags, control characters and wide encodings. Each case must end in
 * problems (never an exception) within a moment; the timeout is only a guard against a hang.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileYamlTest {

    private final YamlLoader loader = new YamlLoader();

    private LoadedYaml load(String text) {
        return loader.load(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String issues(LoadedYaml loaded) {
        return loaded.problems().stream().map(p -> p.issue().ruleId()).toList().toString();
    }

    // --- alias bombs ---------------------------------------------------------------------------

    /** Nine levels of nine aliases: 72 aliases (under the alias limit) that expand to 9^9 strings. */
    private static String laughs(String open, String close, String itemPrefix) {
        StringBuilder text = new StringBuilder("a: &a " + open);
        for (int i = 0; i < 9; i++) {
            text.append(i == 0 ? "" : ", ").append(itemPrefix.replace("#", "k" + i)).append("lol");
        }
        text.append(close).append('\n');
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            text.append(level).append(": &").append(level).append(' ').append(open);
            for (int i = 0; i < 9; i++) {
                text.append(i == 0 ? "" : ", ").append(itemPrefix.replace("#", "k" + i)).append('*').append(previous);
            }
            text.append(close).append('\n');
        }
        return text.toString();
    }

    @Test
    void billionLaughsInListsStopsAtTheNodeLimit() {
        LoadedYaml loaded = load(laughs("[", "]", ""));

        assertThat(loaded.root()).isNull();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.LIMIT_EXCEEDED);
            assertThat(p.message()).contains("200,000 nodes");
        });
    }

    @Test
    void billionLaughsInMappingsStopsAtTheNodeLimit() {
        LoadedYaml loaded = load(laughs("{", "}", "#: "));

        assertThat(loaded.problems()).extracting(YamlProblem::issue).containsExactly(YamlIssue.LIMIT_EXCEEDED);
    }

    @Test
    void billionLaughsThroughMergeKeysStopsAtTheNodeLimit() {
        StringBuilder text = new StringBuilder("a: &a {k0: lol, k1: lol, k2: lol, k3: lol, k4: lol, k5: lol}\n");
        for (char level = 'b'; level <= 'p'; level++) {
            char previous = (char) (level - 1);
            text.append(level).append(": &").append(level).append(" {<<: [");
            for (int i = 0; i < 9; i++) {
                text.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            text.append("], own").append(level).append(": x}\n");
        }
        LoadedYaml loaded = load(text.toString());

        assertThat(loaded.problems()).extracting(YamlProblem::issue).containsExactly(YamlIssue.LIMIT_EXCEEDED);
    }

    @Test
    void moreAliasesToCollectionsThanTheLimitAreRefused() {
        LoadedYaml loaded = load("a: &a [x]\nb: [" + "*a, ".repeat(150) + "*a]\n");

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.LIMIT_EXCEEDED);
            assertThat(p.message()).contains("aliases");
        });
    }

    @Test
    void manyAliasesToOneScalarAreCheapAndRead() {
        LoadedYaml loaded = load("a: &a x\nb: [" + "*a, ".repeat(5_000) + "*a]\n");

        assertThat(loaded.problems()).isEmpty();
        assertThat(((YamlSequence) loaded.rootMapping().get("b")).items()).hasSize(5_001);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "&a [*a]\n",
        "a: &a [*a]\n",
        "a: &a\n  b: *a\n",
        "a: &a {b: [c, {d: *a}]}\n",
        "&a {*a: 1}\n",
        "? &a [*a]\n: 1\n",
        "a: &a {<<: *a, b: 1}\n",
    })
    void recursiveAnchorsStopAtTheDepthLimit(String text) {
        LoadedYaml loaded = load(text);

        assertThat(loaded.root()).isNull();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.LIMIT_EXCEEDED);
            assertThat(p.message()).contains("levels deep");
        });
    }

    // --- deep nesting --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flow-lists", "flow-mappings", "flow-mixed", "block-lists-compact", "explicit-keys",
        "block-mappings", "block-lists"})
    void nestingFarBeyondTheLimitIsAFindingNotAStackOverflow(String shape) {
        LoadedYaml loaded = load(nested(shape));

        assertThat(loaded.root()).isNull();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.LIMIT_EXCEEDED);
            assertThat(p.message()).contains("Nesting Depth");
        });
    }

    /**
     * 20,000 levels; block mappings and indented block lists only 2,500, since their indentation grows
     * with each level (20,000 levels would be 200 MB, far over the size limit).
     */
    private static String nested(String shape) {
        int n = 20_000;
        int indented = 2_500;
        StringBuilder text = new StringBuilder();
        switch (shape) {
            case "flow-lists" -> text.append("[".repeat(n)).append("]".repeat(n));
            case "flow-mappings" -> text.append("{a: ".repeat(n)).append('1').append("}".repeat(n));
            case "flow-mixed" -> text.append("[{a: ".repeat(n)).append('1').append("}]".repeat(n));
            case "block-lists-compact" -> text.append("- ".repeat(n)).append("x\n");
            case "explicit-keys" -> text.append("? ".repeat(n)).append("x\n");
            case "block-mappings" -> {
                for (int i = 0; i < indented; i++) {
                    text.append(" ".repeat(i)).append("k:\n");
                }
            }
            case "block-lists" -> {
                for (int i = 0; i < indented; i++) {
                    text.append(" ".repeat(i)).append("-\n");
                }
            }
            default -> throw new IllegalArgumentException(shape);
        }
        return text.toString();
    }

    @Test
    void deepButValidNestingUnderTheLimitIsReadWithPositions() {
        int depth = 50;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        text.append(" ".repeat(depth)).append("- [[[{leaf: [[[x]]]}]]]\n");
        LoadedYaml loaded = load(text.toString());

        assertThat(loaded.problems()).isEmpty();
        YamlNode node = loaded.root();
        for (int i = 0; i < depth; i++) {
            node = ((YamlMapping) node).get("k" + i);
        }
        YamlSequence list = (YamlSequence) node;
        assertThat(list.start()).isEqualTo(new Position(depth + 1, depth + 1));
        assertThat(list.items().get(0).start()).isEqualTo(new Position(depth + 1, depth + 3));
    }

    // --- size ----------------------------------------------------------------------------------

    @Test
    void thirtyMegabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("buildspec.yml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(30L * 1024 * 1024); // zero bytes: read and decoded, they would give other problems
        }
        LoadedYaml loaded = loader.load(file);

        assertThat(loaded.root()).isNull();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.LIMIT_EXCEEDED);
            assertThat(p.message()).isEqualTo(
                    "file is 31,457,280 bytes, over the limit of 4,194,304 bytes; it was not read");
        });
    }

    @Test
    void bytesOverTheLimitAreRefusedBeforeDecoding() {
        LoadedYaml loaded = new YamlLoader(new YamlLimits(100, 64, 100, 1000)).load(new byte[101]);

        assertThat(loaded.problems()).extracting(YamlProblem::issue).containsExactly(YamlIssue.LIMIT_EXCEEDED);
    }

    @Test
    void oneMegabyteLineIsReadWhole() {
        String command = "echo " + "x".repeat(1_000_000);
        LoadedYaml loaded = load("version: 0.2\nphases:\n  build:\n    commands:\n      - " + command + "\n");

        assertThat(loaded.problems()).isEmpty();
        YamlSequence commands = (YamlSequence) loaded.rootMapping().mapping("phases").orElseThrow()
                .mapping("build").orElseThrow().get("commands");
        assertThat(((YamlScalar) commands.items().get(0)).value()).isEqualTo(command);
    }

    /** The reader's time grows with the square of a line's length, so a line over 1 MiB is not read. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"      - echo %s", "      # %s", "      - |\n        %s", "      - '%s'", "      - &%s"})
    void lineOverTheLimitIsRefusedBeforeParsing(String shape) {
        String longLine = String.format(shape, "x".repeat(2 * 1024 * 1024));
        LoadedYaml loaded = load("version: 0.2\nphases:\n  build:\n    commands:\n" + longLine + "\n      - ok\n");
        int lineNumber = 5 + (int) shape.chars().filter(c -> c == '\n').count();

        assertThat(loaded.root()).isNull();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.LIMIT_EXCEEDED);
            assertThat(p.at()).isEqualTo(new Position(lineNumber, 1));
            assertThat(p.message()).startsWith("line " + lineNumber + " is 2,0");
        });
    }

    @Test
    void longMinifiedJsonLineUnderTheLimitIsRead() {
        StringBuilder json = new StringBuilder("{\"version\":0.2,\"phases\":{\"build\":{\"commands\":[");
        for (int i = 0; i < 40_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"echo ").append(i).append('"');
        }
        json.append("]}}}");
        LoadedYaml loaded = load(json.toString());

        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void longKeyIsReadWhenExplicit() {
        String key = "k".repeat(100_000);
        LoadedYaml loaded = load("? " + key + "\n: 1\n");

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.rootMapping().has(key)).isTrue();
    }

    @Test
    void syntaxErrorAtTheEndOfALongLinePointsIntoIt() {
        int length = 100_000;
        LoadedYaml loaded = load("a: " + "x".repeat(length) + ": b\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.SYNTAX, new Position(1, length + 4)));
    }

    @Test
    void halfAMillionItemsStopAtTheNodeLimitWithoutBlamingAliases() {
        LoadedYaml loaded = load("[" + "a,".repeat(500_000) + "]");

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.LIMIT_EXCEEDED);
            assertThat(p.message()).startsWith("file has more than 200,000 nodes");
        });
    }

    // --- random bytes --------------------------------------------------------------------------

    @Test
    void randomBytesGiveProblemsNeverAnException() {
        for (long seed = 0; seed < 400; seed++) {
            Random random = new Random(seed);
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            assertLoadsWithoutThrowing(bytes, seed);
        }
    }

    /** Random text made of YAML's own punctuation, so that the parser gets far and fails in many places. */
    @Test
    void randomYamlishTextGivesProblemsNeverAnException() {
        String[] tokens = {"-", " ", "  ", "\n", ":", ": ", "[", "]", "{", "}", ",", "&a", "*a", "&b", "*b", "<<",
            "!!str", "!x", "!!python/object:x", "|", ">", "'", "\"", "#", "?", "---", "...", "%YAML 1.1", "\t",
            "\r\n", "\r", "key", "0644", "yes", "~", "é", "\uD83C\uDF89", "\\", "@", "`", "\u0085", "\u2028"};
        for (long seed = 0; seed < 3000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            assertLoadsWithoutThrowing(text.toString().getBytes(StandardCharsets.UTF_8), seed);
        }
    }

    private void assertLoadsWithoutThrowing(byte[] bytes, long seed) {
        assertThatCode(() -> {
            LoadedYaml loaded = loader.load(bytes);
            if (loaded.root() == null) {
                assertThat(loaded.problems()).as("seed %d: no root, so a problem says why", seed).isNotEmpty();
            }
        }).as("seed %d", seed).doesNotThrowAnyException();
    }

    // --- tags ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "!!dev.codestages.yaml.Detonator x",
        "!!dev.codestages.yaml.Detonator {value: x}",
        "!!dev.codestages.yaml.Detonator [x]",
        "!<tag:yaml.org,2002:dev.codestages.yaml.Detonator> x",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]",
        "!!java.lang.ProcessBuilder [[touch, /tmp/pwned]]",
        "!!python/object/apply:os.system [ls]",
        "!!python/object:dev.codestages.yaml.Detonator {value: x}",
    })
    void objectBuildingTagsAreReportedAndNothingIsBuilt(String value) {
        LoadedYaml loaded = load("version: 0.2\nphases:\n  build:\n    commands:\n      - " + value + "\n");

        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.UNSUPPORTED_TAG);
            assertThat(p.at()).isEqualTo(new Position(5, 9));
            assertThat(p.message()).startsWith("tag '" + expectedTag(value) + "'");
        });
        assertThat(Tripwire.FIRED).isFalse();
    }

    private static String expectedTag(String value) {
        String tag = value.substring(0, value.indexOf(' '));
        return tag.startsWith("!<tag:yaml.org,2002:") ? "!!" + tag.substring(20, tag.length() - 1) : tag;
    }

    @Test
    void standardTagsAreNotReported() {
        LoadedYaml loaded = load("a: !!str 0644\nb: !!int '7'\nc: !!seq [x]\nd: !!map {x: y}\ne: !!bool yes\n");

        assertThat(loaded.problems()).isEmpty();
        assertThat(((YamlScalar) loaded.rootMapping().get("a")).type()).isEqualTo(ScalarType.STRING);
    }

    // --- characters and encodings --------------------------------------------------------------

    @Test
    void nulByteIsReportedWhereItIs() {
        LoadedYaml loaded = load("version: 0.2\nphases:\n  build:\n    commands:\n      - echo \u0000 \uD83C\uDF89\n");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at, YamlProblem::message)
                .containsExactly(tuple(YamlIssue.SYNTAX, new Position(5, 14),
                        "invalid YAML: control character U+0000 is not allowed in a YAML file"));
    }

    @Test
    void controlCharacterAfterAnEmojiIsCountedInCharacters() {
        LoadedYaml loaded = load("a: \uD83C\uDF89\uD83C\uDF89\u0007\n");

        assertThat(loaded.problems()).extracting(YamlProblem::at).containsExactly(new Position(1, 6));
    }

    @Test
    void fileOfNulBytesIsReported() {
        LoadedYaml loaded = loader.load(new byte[64]);

        assertThat(loaded.root()).isNull();
        assertThat(loaded.problems()).extracting(YamlProblem::issue).containsExactly(YamlIssue.SYNTAX);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"})
    void wideEncodingsAreReportedWithOrWithoutAByteOrderMark(String encoding) {
        byte[] bytes = "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n".getBytes(Charset.forName(encoding));
        if (encoding.equals("UTF-32")) {
            bytes = withUtf32Bom(bytes);
        }
        LoadedYaml loaded = loader.load(bytes);

        assertThat(loaded.root()).isNull();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.issue()).isEqualTo(YamlIssue.INVALID_UTF8);
            assertThat(p.message()).isEqualTo("file is encoded as " + encoding.substring(0, 6) + ", not UTF-8");
        });
    }

    private static byte[] withUtf32Bom(byte[] bigEndian) {
        byte[] bytes = new byte[bigEndian.length + 4];
        bytes[2] = (byte) 0xFE;
        bytes[3] = (byte) 0xFF;
        System.arraycopy(bigEndian, 0, bytes, 4, bigEndian.length);
        return bytes;
    }

    @Test
    void latin1ByteIsReportedWhereItIs() {
        byte[] bytes = "a: 1\r\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        LoadedYaml loaded = loader.load(bytes);

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .contains(tuple(YamlIssue.INVALID_UTF8, new Position(2, 7)));
    }

    @Test
    void tabInIndentationIsFoundInAFileWithOldMacLineEndings() {
        LoadedYaml loaded = load("a: 1\rb:\r  c: 1\r\td: 2\r");

        assertThat(loaded.problems()).extracting(YamlProblem::issue, YamlProblem::at)
                .containsExactly(tuple(YamlIssue.TAB_INDENTATION, new Position(4, 1)));
    }

    // --- files that are not files -------------------------------------------------------------

    @Test
    void folderIsRefusedAsAnIoError(@TempDir Path dir) {
        assertThatCode(() -> loader.load(dir)).isInstanceOf(IOException.class).hasMessageContaining("folder");
    }

    @Test
    void deviceIsRefusedUnread() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");

        assertThatCode(() -> loader.load(zero)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void fifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("buildspec.yml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");

        assertThatCode(() -> loader.load(fifo)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
    }

    /** Makes a named pipe; false where the system has no mkfifo. */
    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
