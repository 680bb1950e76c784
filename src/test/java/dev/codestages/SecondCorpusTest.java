package dev.codestages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codestages.cli.Codestages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lints the second real-world corpus in {@code src/test/resources/corpus/second} (50 public spec files from
 * repositories outside the first corpus, provenance in its MANIFEST.tsv, findings judged in its JUDGEMENT.md)
 * the way a user would: every file ends in a report, never in a crash or a usage error, and every finding
 * lies inside its file. It deliberately checks no finding by name: which findings are right is what
 * JUDGEMENT.md records, and rules change their severities over time.
 */
class SecondCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus/second");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The manifest's spec files (hook scripts aside), each with the --type its folder is linted as. */
    private static Map<String, String> specs;

    @BeforeAll
    static void readManifest() throws IOException {
        specs = new HashMap<>();
        List<String> rows = Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("file\trepository\tpath\tcommit\tkind");
        for (String row : rows.subList(1, rows.size())) {
            String[] columns = row.split("\t");
            assertThat(columns).as("manifest row %s", row).hasSize(5);
            assertThat(columns[3]).as("commit of %s", row).matches("[0-9a-f]{40}");
            if (!columns[4].equals("hook-script")) {
                specs.put(columns[0], columns[0].substring(0, columns[0].indexOf('/')));
            }
        }
    }

    @Test
    void theManifestNamesEveryFileOfTheCorpusAndNothingElse() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String row : Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
            listed.add(row.split("\t")[0]);
        }
        listed.remove("file");
        Set<String> present;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            present = walk.filter(Files::isRegularFile)
                    .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.contains("/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(present).isEqualTo(listed);
        assertThat(specs).hasSize(50);
        assertThat(CORPUS.resolve(".codestages-ignore")).as("lint . of the project skips the corpus").isRegularFile();
    }

    @Test
    void everyFileLintsToAReportWithItsFindingsInsideIt() throws IOException {
        for (Map.Entry<String, String> spec : new TreeMap<>(specs).entrySet()) {
            Path file = CORPUS.resolve(spec.getKey());
            Lint run = lint("--type", spec.getValue(), file.toString());
            assertNoCrash(run, spec.getKey());
            assertThat(run.exit).as("exit code of %s; stderr: %s", spec.getKey(), run.stderr).isZero();
            JsonNode report = JSON.readTree(run.stdout);
            assertThat(report.get("summary").get("files").asInt()).as(spec.getKey()).isEqualTo(1);
            FindingsInsideFiles.assertInsideTheirFiles(report, Path.of(""), spec.getKey());
        }
    }

    @Test
    void eachKindFolderLintsAsJudgementMdSaysWithEveryFileOfThatKind() throws IOException {
        for (String kind : List.of("buildspec", "appspec", "pipeline")) {
            Lint run = lint("--type", kind, CORPUS.resolve(kind).toString());
            assertNoCrash(run, kind);
            assertThat(run.exit).as("exit code of the %s folder; stderr: %s", kind, run.stderr).isZero();
            JsonNode report = JSON.readTree(run.stdout);
            List<String> linted = new ArrayList<>();
            report.get("files").forEach(f -> linted.add(CORPUS.relativize(Path.of(f.get("path").asText()))
                    .toString().replace('\\', '/')));
            List<String> expected = specs.entrySet().stream().filter(e -> e.getValue().equals(kind))
                    .map(Map.Entry::getKey).sorted().toList();
            assertThat(linted).as("files linted in %s", kind).containsExactlyInAnyOrderElementsOf(expected);
            FindingsInsideFiles.assertInsideTheirFiles(report, Path.of(""), kind);
        }
    }

    private record Lint(String stdout, String stderr, int exit) {
    }

    /** One in-process {@code codestages lint --format json --fail-on never ARGS}, paths relative to the project. */
    private static Lint lint(String... args) {
        List<String> all = new ArrayList<>(List.of("lint", "--format", "json", "--fail-on", "never"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            exit = Codestages.commandLine(outWriter, errWriter).execute(all.toArray(String[]::new));
        }
        return new Lint(out.toString(), err.toString(), exit);
    }

    private static void assertNoCrash(Lint run, String what) {
        assertThat(run.stderr).as("standard error of %s", what)
                .doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception");
    }
}
