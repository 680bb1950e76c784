package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codestages.cli.Codestages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link Linter} and {@code codestages lint} against hostile files and paths: random content
 * through every rule, folders, FIFOs and devices where a file is expected, link loops, unreadable and
 * oversized files. Each case ends in findings or exit code 2 with one line on stderr, never a stack
 * trace; the timeout only guards against a hang.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileInputsTest {

    private static final String BUILDSPEC = "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n";

    @TempDir
    Path dir;

    // --- random content through every rule ----------------------------------------------------

    @Test
    void randomBytesGiveFindingsForEveryKind() {
        Linter linter = new Linter();
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            for (FileKind kind : FileKind.values()) {
                long s = seed;
                assertThatCode(() -> linter.lintBytes("x.yml", bytes, kind)).as("seed %d, %s", s, kind)
                        .doesNotThrowAnyException();
            }
        }
    }

    /**
     * Random but well-formed documents built from the buildspec's own keys, with every kind of value
     * in every place: a list where a mapping belongs, null, a number, a boolean, a deep structure. Every
     * rule sees shapes its author did not expect.
     */
    @Test
    void randomDocumentsOfRealKeysRunEveryRuleWithoutAnException() {
        Linter linter = new Linter();
        int parsed = 0;
        for (long seed = 0; seed < 600; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) > 0) {
                text.append("version: ").append(pick(random, "0.2", "0.1", "'0.2'", "1", "", "[0.2]", "{}")).append('\n');
            }
            mapping(random, text, 0, 1 + random.nextInt(5));
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            for (FileKind kind : FileKind.values()) {
                long s = seed;
                assertThatCode(() -> linter.lintBytes("buildspec.yml", bytes, kind))
                        .as("seed %d, %s:%n%s", s, kind, text).doesNotThrowAnyException();
            }
            if (linter.lintBytes("buildspec.yml", bytes, FileKind.BUILDSPEC).findings().stream()
                    .noneMatch(f -> List.of("YAML001", "YAML006", "YAML008", "YAML009").contains(f.rule()))) {
                parsed++;
            }
        }
        assertThat(parsed).as("documents that reach the buildspec rules").isGreaterThan(300);
    }

    private static final String[] KEYS = {"version", "phases", "install", "pre_build", "build", "post_build",
        "commands", "finally", "on-failure", "runtime-versions", "run-as", "env", "variables", "parameter-store",
        "secrets-manager", "exported-variables", "git-credential-helper", "shell", "artifacts", "files", "name",
        "discard-paths", "base-directory", "secondary-artifacts", "cache", "paths", "key", "reports", "batch",
        "build-list", "build-matrix", "build-graph", "identifier", "buildspec", "depend-on", "ignore-failure",
        "proxy", "upload-artifacts", "logs", "hooks", "os", "source", "destination", "permissions", "Resources",
        "BeforeInstall", "location", "timeout", "runas", "<<", "dynamic", "static", "image", "type"};

    private static void mapping(Random random, StringBuilder text, int indent, int entries) {
        for (int i = 0; i < entries; i++) {
            text.append(" ".repeat(indent)).append(KEYS[random.nextInt(KEYS.length)]).append(':');
            value(random, text, indent);
        }
    }

    private static void value(Random random, StringBuilder text, int indent) {
        int choice = indent > 10 ? random.nextInt(4) : random.nextInt(7);
        switch (choice) {
            case 0 -> text.append('\n');
            case 1 -> text.append(' ').append(pick(random, "yes", "0644", "0.2", "~", "echo hi", "'quoted'", "\"\"",
                    "|\n" + " ".repeat(indent + 2) + "line one\n" + " ".repeat(indent + 2) + "line two", "[]", "{}",
                    "[a, 1, null]", "{a: b}", "&x v", "*x", "!!str 3", "!Ref Foo", "- not a list")).append('\n');
            case 2 -> text.append(" 3.14\n");
            case 3 -> text.append(" true\n");
            case 4, 5 -> {
                text.append('\n');
                mapping(random, text, indent + 2, 1 + random.nextInt(4));
            }
            default -> {
                text.append('\n');
                for (int i = random.nextInt(4); i >= 0; i--) {
                    text.append(" ".repeat(indent + 2)).append('-');
                    if (random.nextBoolean()) {
                        text.append(' ').append(pick(random, "make", "", "{a: 1}", "[x]", "null", "key: value")).append('\n');
                    } else {
                        text.append('\n');
                        mapping(random, text, indent + 4, 1 + random.nextInt(3));
                    }
                }
            }
        }
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    // --- paths that are not regular files, through the library --------------------------------

    @Test
    void linterRefusesAFifoInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("buildspec.yml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");

        assertThatCode(() -> new Linter().lint(List.of(SpecFile.of(fifo)))).isInstanceOf(IOException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void linterRefusesAFolder() {
        assertThatCode(() -> new Linter().lint(List.of(SpecFile.of(dir)))).isInstanceOf(IOException.class)
                .hasMessageContaining("folder");
    }

    @Test
    void finderSkipsFifosAndFoldersWithSpecNames() throws Exception {
        Files.writeString(dir.resolve("buildspec.yml"), BUILDSPEC);
        Files.createDirectory(dir.resolve("buildspec-folder.yml"));
        mkfifo(dir.resolve("buildspec-fifo.yml")); // where there is no mkfifo, the folder still counts

        assertThat(SpecFinder.find(dir)).extracting(f -> f.path().getFileName().toString())
                .containsExactly("buildspec.yml");
    }

    // --- the CLI -------------------------------------------------------------------------------

    private record Run(int code, String out, String err) {
    }

    private static Run lint(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "lint";
        all[1] = "--color=never";
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Codestages.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.err()).as("stderr").doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("internal error");
        return run;
    }

    @Test
    void cliRefusesAFifoWithExitTwo() throws Exception {
        Path fifo = dir.resolve("buildspec.yml");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");

        Run run = lint(fifo.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("codestages lint: cannot read " + fifo + ": not a regular file\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void cliRefusesADeviceWithExitTwo() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");

        Run run = lint("--type", "buildspec", "/dev/zero");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("/dev/zero: not a regular file");
    }

    @Test
    void cliSearchesAFolderNamedLikeASpecInsteadOfReadingIt() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("buildspec.yml"));

        Run run = lint(folder.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("codestages lint: no buildspec, appspec or pipeline file found under ");
    }

    @Test
    void cliFinishesInAFolderWithALinkLoop() throws IOException {
        Files.writeString(dir.resolve("buildspec.yml"), BUILDSPEC);
        Files.createSymbolicLink(dir.resolve("loop-a"), dir.resolve("loop-b"));
        Files.createSymbolicLink(dir.resolve("loop-b"), dir.resolve("loop-a"));
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("up"), dir);
        Files.createSymbolicLink(sub.resolve("buildspec-loop.yml"), sub.resolve("buildspec-loop.yml"));

        Run run = lint(dir.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("1 file checked, no problems found\n");
    }

    @Test
    void cliSaysALinkLoopIsOneWhenNamedDirectly() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("buildspec.yml"), dir.resolve("buildspec.yml"));

        Run run = lint(loop.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(
                "codestages lint: cannot read " + loop + ": a symbolic link to nothing, or a loop of links\n");
    }

    @Test
    void cliFollowsAFolderLinkItIsGiven() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.writeString(real.resolve("buildspec.yml"), "version: 0.2\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);

        Run run = lint(link.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(link.resolve("buildspec.yml") + ":1:1: error [BS005]");
    }

    @Test
    void cliReportsAnUnreadableFileWithExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("buildspec.yml"), BUILDSPEC);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");

        Run run = lint(file.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("codestages lint: cannot read '" + file + "': permission denied\n");
    }

    @Test
    void cliReportsAThirtyMegabyteFileAsOneFinding() throws IOException {
        Path file = dir.resolve("buildspec.yml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(30L * 1024 * 1024);
        }

        Run run = lint(file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(file + ":1:1: error [YAML009] file is 31,457,280 bytes, over the limit of"
                + " 4,194,304 bytes; it was not read");
    }

    @Test
    void cliLintsRandomFilesWithFindingsAndNoCrash() throws IOException {
        for (long seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            byte[] bytes = new byte[random.nextInt(1024)];
            random.nextBytes(bytes);
            Path file = Files.write(dir.resolve("buildspec-" + seed + ".yml"), bytes);

            Run run = lint("--format", "json", file.toString());

            assertThat(run.code()).as("seed %d", seed).isIn(0, 1);
            assertThat(run.out()).startsWith("{").contains("\"summary\"");
        }
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
