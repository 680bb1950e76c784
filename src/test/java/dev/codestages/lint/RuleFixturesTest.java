package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.report.TextReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests every rule against its fixture folder {@code src/test/resources/rules/<ID>/}: each
 * {@code bad*.<ext>} gives exactly the findings of that rule written in the {@code .out} beside it
 * (one line per finding in the CLI's text form, the hint indented below), and each {@code good*.<ext>}
 * gives no finding at all. A fixture may also be a folder {@code bad-<case>/} (with {@code bad-<case>.out}
 * beside it) or {@code good-<case>/}: a repository or bundle, linted as {@code codestages lint .} run
 * inside it (with {@code --bundle bundle} when it has a folder named {@code bundle}). See
 * {@code src/test/resources/rules/README.md}.
 */
class RuleFixturesTest {

    static final Path ROOT = Path.of("src/test/resources/rules");

    static Stream<Path> badFixtures() throws IOException {
        return fixtures("bad");
    }

    static Stream<Path> goodFixtures() throws IOException {
        return fixtures("good");
    }

    private static Stream<Path> fixtures(String prefix) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT, 2)) {
            files.filter(f -> Files.isRegularFile(f) || Files.isDirectory(f) && f.getNameCount() == ROOT.getNameCount() + 2)
                    .filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> !f.getFileName().toString().endsWith(".out"))
                    .sorted()
                    .forEach(found::add);
        }
        return found.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFixtures")
    void badFixtureGivesExactlyTheExpectedFindings(Path fixture) throws IOException {
        String id = fixture.getParent().getFileName().toString();
        String name = fixture.getFileName().toString();
        Path expected = fixture.resolveSibling((Files.isDirectory(fixture) ? name : stripExtension(name)) + ".out");
        assertThat(expected).as("expected output beside %s", fixture).exists();

        List<String> actual = new ArrayList<>();
        for (Finding finding : lint(fixture, id)) {
            if (finding.rule().equals(id)) {
                actual.add(TextReport.line(finding));
                if (finding.hint() != null) {
                    actual.add("    hint: " + finding.hint());
                }
            }
        }
        List<String> wanted = Files.readAllLines(expected, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(actual).as("findings of %s in %s", id, fixture).containsExactlyElementsOf(wanted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFixtures")
    void goodFixtureGivesNoFindingAtAll(Path fixture) throws IOException {
        String id = fixture.getParent().getFileName().toString();
        assertThat(lint(fixture, id)).extracting(TextReport::line).isEmpty();
    }

    /** Lints a fixture under its own file name, as the kind its rule is about; a folder as a bundle. */
    static List<Finding> lint(Path fixture, String id) throws IOException {
        RuleInfo info = Rules.byId(id).orElseThrow(() -> new AssertionError("no rule " + id)).info();
        if (Files.isDirectory(fixture)) {
            List<SpecFile> files = new ArrayList<>();
            for (SpecFile found : SpecFinder.find(fixture)) {
                files.add(new SpecFile(found.path(), fixture.relativize(found.path()).toString(), null));
            }
            Path bundle = fixture.resolve("bundle");
            return new Linter(new LintOptions(null, Files.isDirectory(bundle) ? bundle : null)).lint(files).findings();
        }
        SpecFile file = new SpecFile(fixture, fixture.getFileName().toString(), info.kind());
        return new Linter().lint(List.of(file)).findings();
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
