package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that {@link Linter#lint(SpecSource, LintListener)} hands each file's result on while the files are
 * still being found, in the order they were found, and holds back only what a check across files may
 * still change.
 */
class StreamingLintTest {

    private static final String CLEAN = "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n";
    private static final String UNKNOWN_PHASE = "version: 0.2\nphases:\n  biuld:\n    commands:\n      - make\n";
    private static final String WITH_ARTIFACTS = CLEAN + "artifacts:\n  files:\n    - target/app.jar\n";

    /** The calls to the source and to the listener, in the order they came. */
    private final List<String> calls = new ArrayList<>();

    @Test
    void theFirstResultsReachTheListenerBeforeTheLastFileIsFound(@TempDir Path temp) throws IOException {
        List<SpecFile> files = write(temp, 1000, i -> i % 2 == 0 ? UNKNOWN_PHASE : CLEAN);

        new Linter().lint(source(files), this::record);

        assertThat(calls).hasSize(2000 + 1);
        assertThat(calls.indexOf("result buildspec-0000.yml BS006"))
                .isLessThan(calls.indexOf("found buildspec-0999.yml"));
        assertThat(calls.stream().filter(c -> c.startsWith("result")).toList()).first()
                .isEqualTo("result buildspec-0000.yml BS006");
        assertThat(calls.stream().filter(c -> c.startsWith("result")).map(c -> c.split(" ")[1]).toList())
                .isEqualTo(files.stream().map(SpecFile::displayPath).toList());
    }

    @Test
    void aBuildspecWhoseArtifactsMayCarryAnAppspecWaitsForTheLastFileAndEverythingAfterItWithIt(@TempDir Path temp)
            throws IOException {
        List<SpecFile> files = new ArrayList<>(write(temp, 300, i -> CLEAN)); // more than one batch
        Path app = Files.createDirectories(temp.resolve("app"));
        Path appspec = Files.writeString(app.resolve("appspec.yml"), "version: 0.0\nos: linux\n");
        Path buildspec = Files.writeString(temp.resolve("buildspec.yml"), WITH_ARTIFACTS);
        files.add(new SpecFile(buildspec, "buildspec.yml", null));
        files.addAll(write(Files.createDirectories(temp.resolve("more")), 300, i -> CLEAN).stream()
                .map(f -> new SpecFile(f.path(), "more/" + f.displayPath(), null)).toList());
        files.add(new SpecFile(appspec, "app/appspec.yml", null));

        new Linter().lint(source(files), this::record);

        List<String> results = calls.stream().filter(c -> c.startsWith("result")).toList();
        assertThat(results).hasSize(files.size());
        assertThat(calls.indexOf("result buildspec-0000.yml")).isLessThan(calls.indexOf("found buildspec.yml"));
        // held from the buildspec on (more than the spool keeps in memory), handed on in order at the end
        assertThat(calls.indexOf("result buildspec.yml BN011")).isGreaterThan(calls.indexOf("found app/appspec.yml"));
        assertThat(results.stream().map(c -> c.split(" ")[1]).toList())
                .isEqualTo(files.stream().map(SpecFile::displayPath).toList());
        assertThat(calls).last().asString().startsWith("result app/appspec.yml");
    }

    @Test
    void aSuppressionCommentSetsAFindingAcrossFilesApartAndCountsAsUsed(@TempDir Path temp) throws IOException {
        Path app = Files.createDirectories(temp.resolve("app"));
        Path appspec = Files.writeString(app.resolve("appspec.yml"), "version: 0.0\nos: linux\n");
        Path buildspec = Files.writeString(temp.resolve("buildspec.yml"),
                "# codestages-disable BN011\n" + WITH_ARTIFACTS);
        List<FileResult> results = new ArrayList<>();

        new Linter().lint(source(List.of(new SpecFile(buildspec, "buildspec.yml", null),
                new SpecFile(appspec, "app/appspec.yml", null))), results::add);

        assertThat(results.get(0).findings()).isEmpty();
        assertThat(results.get(0).suppressed()).extracting(Finding::rule).containsExactly("BN011");
    }

    private SpecSource source(List<SpecFile> files) {
        int[] next = {0};
        return () -> {
            if (next[0] == files.size()) {
                calls.add("end");
                return null;
            }
            SpecFile file = files.get(next[0]++);
            calls.add("found " + file.displayPath());
            return file;
        };
    }

    private void record(FileResult result) {
        StringBuilder call = new StringBuilder("result ").append(result.path());
        result.findings().forEach(f -> call.append(' ').append(f.rule()));
        calls.add(call.toString());
    }

    private static List<SpecFile> write(Path folder, int count, java.util.function.IntFunction<String> content)
            throws IOException {
        List<SpecFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("buildspec-%04d.yml", i);
            files.add(new SpecFile(Files.writeString(folder.resolve(name), content.apply(i)), name, null));
        }
        return files;
    }
}
