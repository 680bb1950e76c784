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
 * Tests that {@link Linter#lint(SpecSource, LintListener)} hands on the results an AppSpec and its
 * buildspecs wait for as soon as the source says no file that pairs with them can still come, with the
 * same findings, in the same order, as a run that settles everything at the end; and never earlier.
 */
class SettlingLintTest {

    private static final String EC2_APPSPEC = "version: 0.0\nos: linux\n";
    private static final String WITH_ARTIFACTS = "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n"
            + "artifacts:\n  files:\n    - target/app.jar\n";

    @TempDir
    Path temp;

    /** A result and how many files the source had given when it reached the listener. */
    private record Arrival(int given, FileResult result) {
    }

    @Test
    void theFirstFolderSResultsArriveBeforeTheWalkReachesTheLastFolder() throws IOException {
        for (int i = 0; i < 100; i++) {
            folder(String.format("f%03d", i), i);
        }

        List<Arrival> arrivals = lint(SpecFinder.walk(temp, false));

        int lastFolderFrom = givenBefore(arrivals, String.format("f%03d/appspec.yml", 99));
        assertThat(arrival(arrivals, "f000/appspec.yml").given()).isLessThan(lastFolderFrom);
        assertThat(arrival(arrivals, "f000/buildspec-1.yml").given()).isLessThan(lastFolderFrom);
        assertThat(arrival(arrivals, "f000/buildspec-1.yml").result().findings()).extracting(Finding::rule)
                .contains("BN011");
        assertThat(arrivals.stream().map(Arrival::given).distinct().count())
                .as("handed on in several rounds, not all at the end").isGreaterThan(2);
    }

    @Test
    void theFindingsAreTheSameAndInTheSameOrderAsWhenEverythingSettlesAtTheEnd() throws IOException {
        for (int i = 0; i < 60; i++) {
            folder(String.format("f%03d", i), i);
        }

        List<FileResult> settling = results(lint(SpecFinder.walk(temp, false)));
        List<FileResult> atTheEnd = results(lint(saysNothing(SpecFinder.walk(temp, false))));

        assertThat(settling).isEqualTo(atTheEnd);
        assertThat(settling).hasSize(60 * 10 + 15);
        assertThat(settling.stream().flatMap(r -> r.suppressed().stream())).isNotEmpty();
        assertThat(settling.stream().flatMap(r -> r.findings().stream()).map(Finding::rule)).contains("BN011");
    }

    @Test
    void aBuildspecAtTheWalkRootHoldsBackTheAppspecsBelowItUntilTheWalkPassesIt() throws IOException {
        for (int i = 0; i < 30; i++) {
            folder(String.format("a%03d", i), 1);
            folder(String.format("c%03d", i), 1);
        }
        Files.writeString(temp.resolve("buildspec.yml"), WITH_ARTIFACTS);

        List<Arrival> arrivals = lint(SpecFinder.walk(temp, false));

        int rootBuildspec = givenBefore(arrivals, "buildspec.yml") + 1;
        assertThat(arrivals).allSatisfy(a -> assertThat(a.given()).isGreaterThanOrEqualTo(rootBuildspec));
        assertThat(arrivals.get(0).given()).as("the AppSpecs settle once it is passed").isLessThan(total(arrivals));
        assertThat(arrival(arrivals, "buildspec.yml").result().findings()).extracting(Finding::rule).contains("BN011");
        assertThat(results(arrivals)).isEqualTo(results(lint(saysNothing(SpecFinder.walk(temp, false)))));
    }

    @Test
    void aLaterPathThatIsABuildspecAboveTheFirstPathSFolderHoldsBackTheAppspecsInIt() throws IOException {
        for (int i = 0; i < 30; i++) {
            folder(String.format("app/f%03d", i), 1);
        }
        Files.writeString(temp.resolve("buildspec.yml"), WITH_ARTIFACTS);
        List<Path> paths = List.of(Path.of("app"), Path.of("buildspec.yml"));

        List<Arrival> arrivals = lint(SpecPaths.walk(temp, paths, null));

        assertThat(arrivals).allSatisfy(a -> assertThat(a.given()).isEqualTo(total(arrivals)));
        assertThat(arrival(arrivals, "buildspec.yml").result().findings()).extracting(Finding::rule).contains("BN011");
        assertThat(results(arrivals)).isEqualTo(results(lint(saysNothing(SpecPaths.walk(temp, paths, null)))));
    }

    /**
     * A folder of ten files: an EC2 AppSpec and nine buildspecs whose artifacts leave it out (BN011); in
     * every third folder the first buildspec suppresses that, and every fourth has an AppSpec below it too.
     */
    private void folder(String name, int number) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(name));
        Files.writeString(folder.resolve("appspec.yml"), EC2_APPSPEC);
        for (int k = 0; k < 9; k++) {
            Files.writeString(folder.resolve("buildspec-" + k + ".yml"),
                    (k == 0 && number % 3 == 0 ? "# codestages-disable BN011\n" : "") + WITH_ARTIFACTS);
        }
        if (number % 4 == 0) {
            Files.writeString(Files.createDirectories(folder.resolve("deploy")).resolve("appspec.yml"), EC2_APPSPEC);
        }
    }

    /** Lints what {@code source} gives, noting how many files it had given when each result arrived. */
    private static List<Arrival> lint(SpecSource source) throws IOException {
        int[] given = {0};
        List<Arrival> arrivals = new ArrayList<>();
        SpecSource counting = new SpecSource() {
            @Override
            public SpecFile next() throws IOException {
                SpecFile file = source.next();
                given[0] += file != null ? 1 : 0;
                return file;
            }

            @Override
            public boolean closed(Path folder) {
                return source.closed(folder);
            }

            @Override
            public boolean finished(Path folder) {
                return source.finished(folder);
            }
        };
        new Linter().lint(counting, result -> arrivals.add(new Arrival(given[0], result)));
        assertThat(arrivals).as("one result per file").hasSize(given[0]);
        return arrivals;
    }

    /** The same files, from a source that never says it is done with a folder: everything settles at the end. */
    private static SpecSource saysNothing(SpecSource source) {
        return source::next;
    }

    /** The result of {@code path}, named below the linted folder or as the command line named it. */
    private Arrival arrival(List<Arrival> arrivals, String path) {
        String below = temp.resolve(path).toString();
        return arrivals.stream().filter(a -> a.result().path().equals(path) || a.result().path().equals(below))
                .findFirst().orElseThrow();
    }

    /** How many files came before {@code path}: its results come in the order the files did. */
    private int givenBefore(List<Arrival> arrivals, String path) {
        return arrivals.indexOf(arrival(arrivals, path));
    }

    private static int total(List<Arrival> arrivals) {
        return arrivals.size();
    }

    private static List<FileResult> results(List<Arrival> arrivals) {
        return arrivals.stream().map(Arrival::result).toList();
    }
}
