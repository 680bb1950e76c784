package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.Position;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tests that {@link FileResultSpool} gives back every result unchanged, in order or by path, from memory or disk. */
class FileResultSpoolTest {

    @Test
    void resultsWrittenToDiskComeBackUnchangedInTheOrderTheyCame() throws IOException {
        List<FileResult> added = new ArrayList<>();
        try (FileResultSpool spool = new FileResultSpool(2)) {
            added.add(result("b.yml", new Finding("BS006", Severity.ERROR, "b.yml", new Position(3, 4),
                    "lone \ud800 surrogate and ünïcode 🙂", null)));
            added.add(result("a.yml", new Finding("YAML012", Severity.WARNING, "a.yml", new Position(1, 1), "m",
                    "a hint\non two lines")));
            added.add(new FileResult("c.yml", FileKind.UNKNOWN, false, List.of(), List.of(new Finding("BN011",
                    Severity.INFO, "c.yml", new Position(9, 1), "suppressed", null))));
            for (FileResult result : added) {
                spool.add(result);
            }

            assertThat(read(spool.inOrder())).isEqualTo(added);
            assertThat(read(spool.byPath())).extracting(FileResult::path).containsExactly("a.yml", "b.yml", "c.yml");
        }
    }

    @Test
    void manyRunsOutOfOrderComeBackByPathKeepingTheOrderOfEqualPaths() throws IOException {
        Random random = new Random(7);
        List<FileResult> added = new ArrayList<>();
        try (FileResultSpool spool = new FileResultSpool(10)) {
            for (int i = 0; i < 2000; i++) {
                String path = "f" + random.nextInt(300) + ".yml";
                FileResult result = result(path, new Finding("R" + i, Severity.INFO, path, Position.START, "m", null));
                added.add(result);
                spool.add(result);
            }
            List<FileResult> expected = new ArrayList<>(added);
            expected.sort(Comparator.comparing(FileResult::path)); // stable

            assertThat(read(spool.byPath())).isEqualTo(expected);
            assertThat(read(spool.inOrder())).isEqualTo(added);
        }
    }

    @Test
    void aFewResultsStayInMemory() throws IOException {
        try (FileResultSpool spool = new FileResultSpool()) {
            spool.add(result("z.yml"));
            spool.add(result("y.yml"));

            assertThat(read(spool.byPath())).extracting(FileResult::path).containsExactly("y.yml", "z.yml");
            assertThat(spool.size()).isEqualTo(2);
        }
    }

    private static FileResult result(String path, Finding... findings) {
        return new FileResult(path, FileKind.BUILDSPEC, true, List.of(findings), List.of());
    }

    private static List<FileResult> read(FileResultSpool.Reader reader) throws IOException {
        List<FileResult> results = new ArrayList<>();
        try (reader) {
            for (FileResult result = reader.next(); result != null; result = reader.next()) {
                results.add(result);
            }
        }
        return results;
    }
}
