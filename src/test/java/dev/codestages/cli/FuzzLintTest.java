package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codestages.FindingsInsideFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes {@code codestages lint}: a seeded generator mutates the rule fixtures (every buildspec, appspec
 * and pipeline the tests hold) and lints each result as a user would. Whatever the file, the exit code
 * is 0, 1 or 2, nothing on standard error looks like a stack trace or an internal error, the JSON report
 * parses, and every finding lies inside its file. The same folder is then linted by a separate JVM under
 * {@code LC_ALL=C}, where Java names files in ASCII. {@code -Dcodestages.fuzz.cases=N} (default 2,000)
 * and {@code -Dcodestages.fuzz.seed=S} choose how many cases and which; a failure names its seed, and
 * {@code -Dcodestages.fuzz.dir=DIR} keeps the generated files there to look at.
 */
class FuzzLintTest {

    private static final int CASES = Integer.getInteger("codestages.fuzz.cases", 2000);
    private static final long SEED = Long.getLong("codestages.fuzz.seed", 20261204L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SNIPPETS = {
        "\t", "\u0000", "\uFEFF", "\u001b]52;c;SGVsbG8=\u0007", "\u001b[2J", "\u202e", "\r", "\r\n", ": ", "- ",
        "&a ", "*a", "<<: *a", "!!python/object:os.system ", "!Ref ", "!Sub ", "{", "}", "[", "]", "\"", "'", "#",
        "|", ">-", "? ", "---\n", "...\n", "%YAML 1.1\n", "\\ud800", "caf\u00e9", "\uD83D\uDE80", "..", "../../etc/passwd",
        "~", "null", "0644", "0o755", "1e309", "-", "${X}", "#{ns.var}", "{{ x }}", "<PLACEHOLDER>", "%{ if x }",
        "\u2028", "\u0085", "  ", "                                        ", "version: 0.2\n", "phases:\n",
        "hooks:\n", "Resources:\n", "pipeline:\n",
    };

    @TempDir
    static Path dir;

    private static final List<Path> cases = new ArrayList<>();
    private static final Map<Path, String> origins = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        String keep = System.getProperty("codestages.fuzz.dir");
        if (keep != null) {
            dir = Files.createDirectories(Path.of(keep).toAbsolutePath());
        }
        List<Path> seeds;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/rules"))) {
            seeds = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(yml|yaml|json)$"))
                    .sorted().toList();
        }
        assertThat(seeds).as("seed files").hasSizeGreaterThan(100);
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutated = mutate(Files.readAllBytes(seed), random);
            Path folder = dir.resolve(String.format("case-%05d", i));
            Files.createDirectories(folder);
            Path file = folder.resolve(fileName(seed, random));
            Files.write(file, mutated);
            cases.add(file);
            origins.put(file, seed + " (case " + i + ", seed " + SEED + ")");
        }
    }

    @Test
    void everyMutatedFileEndsInFindingsOrACleanExitNeverACrash() throws IOException {
        for (Path file : cases) {
            CliRun run = CliRun.run(file.getParent(), "lint", "--format", "json", "--fail-on", "warning",
                    file.getFileName().toString());
            String origin = origins.get(file);
            assertThat(run.exit()).as("exit code of %s", origin).isIn(0, 1, 2);
            assertNoCrash(run.stderr(), origin);
            if (run.exit() == 2) {
                assertThat(run.stderrLines()).as("a usage error says one line: %s", origin).hasSize(1);
                continue;
            }
            JsonNode report = JSON.readTree(run.stdout());
            FindingsInsideFiles.assertInsideTheirFiles(report, file.getParent(), origin);
            assertThat(report.get("summary").get("files").asInt()).as(origin).isEqualTo(1);
        }
    }

    @Test
    void theWholeFolderLintsAlikeUnderTheCLocaleInASeparateJvm() throws IOException, InterruptedException {
        CliRun utf8 = CliRun.run(dir, "lint", "--format", "json", "--fail-on", "never", ".");
        assertNoCrash(utf8.stderr(), "the folder");
        assertThat(utf8.exit()).as("exit code of the folder lint: %s", utf8.stderr()).isZero();
        JsonNode expected = JSON.readTree(utf8.stdout());
        FindingsInsideFiles.assertInsideTheirFiles(expected, dir, "the folder");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Codestages.class.getName(), "lint", "--format", "json", "--fail-on", "never", ".")
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("c-locale.json").toFile())
                .redirectError(dir.resolve("c-locale.err").toFile());
        builder.environment().put("LC_ALL", "C");
        builder.environment().remove("LANG");
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the C-locale lint ends").isTrue();
        String stderr = Files.readString(dir.resolve("c-locale.err"), StandardCharsets.UTF_8);
        assertNoCrash(stderr, "the folder under LC_ALL=C");
        assertThat(process.exitValue()).as("exit code under LC_ALL=C; stderr: %s", stderr).isZero();
        JsonNode actual = JSON.readTree(dir.resolve("c-locale.json").toFile());
        // A JVM under LC_ALL=C reads every file it finds (by the bytes of its name) but can only show a
        // non-ASCII name as '?': the same files, the same findings, names aside. It cannot look up a
        // non-ASCII path that a spec names, which the bundle rules then report as unnameable (BN013).
        assertThat(actual.get("summary").get("files")).isEqualTo(expected.get("summary").get("files"));
        assertThat(findingsWithoutFiles(actual)).containsExactlyInAnyOrderElementsOf(findingsWithoutFiles(expected));
    }

    private static List<String> findingsWithoutFiles(JsonNode report) {
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : report.get("findings")) {
            // a lone surrogate in a message cannot be encoded: the child's UTF-8 output has '?' for it
            String message = new String(finding.get("message").asText().getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8);
            boolean bundle = finding.get("rule").asText().startsWith("BN");
            if (bundle && (message.indexOf('?') >= 0 || !message.chars().allMatch(c -> c < 0x80))) {
                continue;
            }
            findings.add(finding.get("rule").asText() + " " + finding.get("line").asInt() + ":"
                    + finding.get("column").asInt() + " " + message);
        }
        return findings;
    }

    private static void assertNoCrash(String stderr, String origin) {
        assertThat(stderr).as("standard error of %s", origin)
                .doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("OutOfMemoryError");
    }

    /** A name a folder lint finds: buildspec*.yml and appspec.* by name, pipelines by content. */
    private static String fileName(Path seed, Random random) {
        String name = seed.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.'));
        String rule = seed.getParent().getFileName().toString();
        if (rule.startsWith("bad") || rule.startsWith("good")) {
            rule = seed.getParent().getParent().getFileName().toString();
        }
        if (rule.startsWith("BS")) {
            // a non-ASCII name now and then, which must work under any locale
            return random.nextInt(4) == 0 ? "buildspec-\u00e9t\u00e9" + extension : "buildspec" + extension;
        }
        if (rule.startsWith("AS") || rule.startsWith("BN")) {
            return "appspec" + extension;
        }
        return random.nextInt(4) == 0 ? "pipeline-\u00e9t\u00e9" + extension : name;
    }

    /** One to four mutations of the seed's bytes, some textual, some byte-level. */
    static byte[] mutate(byte[] seed, Random random) {
        String text = new String(seed, StandardCharsets.UTF_8);
        int rounds = 1 + random.nextInt(4);
        byte[] bytes = null;
        for (int round = 0; round < rounds; round++) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int at = random.nextInt(lines.size());
            switch (random.nextInt(11)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String swap = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, swap);
                }
                case 3 -> lines.set(at, insert(lines.get(at), SNIPPETS[random.nextInt(SNIPPETS.length)], random));
                case 4 -> lines.set(at, " ".repeat(random.nextInt(9)) + lines.get(at).stripLeading());
                case 5 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                case 6 -> {
                    int end = Math.min(lines.size(), at + 1 + random.nextInt(6));
                    List<String> block = new ArrayList<>(lines.subList(at, end));
                    for (int copy = random.nextInt(30); copy > 0; copy--) {
                        lines.addAll(end, block);
                    }
                }
                case 7 -> lines.set(at, lines.get(at).replace(':', random.nextBoolean() ? '=' : ' '));
                case 8 -> lines.set(at, lines.get(at).replace("-", random.nextBoolean() ? "" : "- -"));
                case 9 -> lines.subList(at, lines.size()).clear();
                default -> {
                    byte[] raw = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                    if (raw.length > 0) {
                        raw[random.nextInt(raw.length)] = (byte) random.nextInt(256);
                    }
                    bytes = raw;
                    text = new String(raw, StandardCharsets.UTF_8);
                    continue;
                }
            }
            text = String.join("\n", lines);
            bytes = null;
        }
        return bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String insert(String line, String snippet, Random random) {
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + snippet + line.substring(at);
    }
}
