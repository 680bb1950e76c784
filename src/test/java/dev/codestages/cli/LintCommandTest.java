package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link LintCommand}: exit codes, usage errors, {@code --output}, several paths and folder discovery. */
class LintCommandTest {

    /** BS006 (error) and BS007 (warning). */
    private static final String ERRORS = """
            version: 0.2
            phases:
              prebuild:
                commands:
                  - npm ci
              build:
                comands:
                  - npm test
            """;
    /** BS007 (warning) only. */
    private static final String WARNINGS = """
            version: 0.2
            phases:
              build:
                comands:
                  - npm test
                commands:
                  - npm run build
            """;
    /** BS014 (info) only. */
    private static final String INFOS = """
            version: 0.1
            phases:
              build:
                commands:
                  - make
            """;
    private static final String CLEAN = """
            version: 0.2
            phases:
              build:
                commands:
                  - make
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void writeInputs() throws IOException {
        write("buildspec-errors.yml", ERRORS);
        write("buildspec-warnings.yml", WARNINGS);
        write("buildspec-infos.yml", INFOS);
        write("buildspec-clean.yml", CLEAN);
        write("empty/notes.yml", "not: a spec\n");
    }

    static Stream<Arguments> exitCodes() {
        return Stream.of(
                Arguments.of("buildspec-errors.yml", "error", 1),
                Arguments.of("buildspec-errors.yml", "warning", 1),
                Arguments.of("buildspec-errors.yml", "never", 0),
                Arguments.of("buildspec-warnings.yml", "error", 0),
                Arguments.of("buildspec-warnings.yml", "warning", 1),
                Arguments.of("buildspec-warnings.yml", "never", 0),
                Arguments.of("buildspec-infos.yml", "error", 0),
                Arguments.of("buildspec-infos.yml", "warning", 0),
                Arguments.of("buildspec-infos.yml", "never", 0),
                Arguments.of("buildspec-clean.yml", "error", 0),
                Arguments.of("buildspec-clean.yml", "warning", 0),
                Arguments.of("buildspec-clean.yml", "never", 0));
    }

    @ParameterizedTest(name = "{0} --fail-on {1} exits {2}")
    @MethodSource("exitCodes")
    void exitsOneOnlyForFindingsAtOrAboveTheThreshold(String file, String failOn, int exit) {
        CliRun run = CliRun.run(dir, "lint", "--fail-on", failOn, file);
        assertThat(run.exit()).isEqualTo(exit);
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).contains("1 file checked");
    }

    @Test
    void failsOnErrorByDefault() {
        assertThat(CliRun.run(dir, "lint", "buildspec-errors.yml").exit()).isEqualTo(1);
        assertThat(CliRun.run(dir, "lint", "buildspec-warnings.yml").exit()).isZero();
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("lint", "--format", "xml", "buildspec-clean.yml"), "unknown --format 'xml'"),
                Arguments.of(List.of("lint", "--type", "cloudformation", "buildspec-clean.yml"), "unknown --type 'cloudformation'"),
                Arguments.of(List.of("lint", "--fail-on", "sometimes", "buildspec-clean.yml"), "unknown --fail-on 'sometimes'"),
                Arguments.of(List.of("lint", "--color", "maybe", "buildspec-clean.yml"), "unknown --color 'maybe'"),
                Arguments.of(List.of("lint", "--format", "xml", "--fail-on", "x", "--type", "y"), "unknown --format 'xml'"),
                Arguments.of(List.of("lint", "--bogus", "buildspec-clean.yml"), "Unknown option: '--bogus'"),
                Arguments.of(List.of("lint", "--formt", "json", "buildspec-clean.yml"), "did you mean '--format'?"),
                Arguments.of(List.of("lint", "--format"), "Missing required parameter for option '--format'"),
                Arguments.of(List.of("lint", "missing.yml"), "cannot read 'missing.yml': no such file or directory"),
                Arguments.of(List.of("lint", "buildspec-clean.yml", "missing.yml"), "cannot read 'missing.yml'"),
                Arguments.of(List.of("lint", "empty"), "no buildspec, appspec or pipeline file found under empty"),
                Arguments.of(List.of("lnt", "."), "did you mean 'lint'?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usageErrorExitsTwoWithOneLineOnStandardErrorAndNothingOnStandardOutput(List<String> args, String message) {
        CliRun run = CliRun.run(dir, args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderr()).startsWith("codestages").contains(message).endsWith("\n");
    }

    @Test
    void outputFileHoldsTheWholeReportAndNothingGoesToStandardOutput() throws IOException {
        CliRun toStdout = CliRun.run(dir, "lint", "--format", "sarif", "buildspec-errors.yml", "buildspec-infos.yml");
        CliRun toFile = CliRun.run(dir, "lint", "--format", "sarif", "--output", "out/report.sarif",
                "buildspec-errors.yml", "buildspec-infos.yml");
        // the folder must exist: --output does not create folders
        assertThat(toFile.exit()).isEqualTo(2);
        assertThat(toFile.stderrLines()).singleElement().asString().contains("cannot write out/report.sarif");
        assertThat(dir.resolve("out")).doesNotExist();

        toFile = CliRun.run(dir, "lint", "--format", "sarif", "--output", "report.sarif",
                "buildspec-errors.yml", "buildspec-infos.yml");
        assertThat(toFile.exit()).isEqualTo(toStdout.exit()).isEqualTo(1);
        assertThat(toFile.stdout()).isEmpty();
        assertThat(toFile.stderr()).isEmpty();
        assertThat(Files.readString(dir.resolve("report.sarif"), StandardCharsets.UTF_8)).isEqualTo(toStdout.stdout());
        assertThat(JSON.readTree(dir.resolve("report.sarif").toFile()).at("/runs/0/results")).hasSize(3);
        assertThat(leftovers()).containsExactly("report.sarif");
    }

    @Test
    void outputIsReplacedWholeOnSuccess() throws IOException {
        write("report.txt", "an older, longer report that must not survive in any part\n".repeat(50));
        CliRun run = CliRun.run(dir, "lint", "--output", "report.txt", "buildspec-clean.yml");
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(dir.resolve("report.txt"))).isEqualTo("1 file checked, no problems found\n");
    }

    @Test
    void anOutputFileThatIsAFileToLintIsRefusedAndTheFileKept() throws IOException {
        byte[] before = Files.readAllBytes(dir.resolve("buildspec-errors.yml"));
        CliRun run = CliRun.run(dir, "lint", "buildspec-errors.yml", "-o", "./buildspec-errors.yml");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("codestages lint: -o ./buildspec-errors.yml is a file to lint;"
                + " writing the report there would replace it\n");
        assertThat(Files.readAllBytes(dir.resolve("buildspec-errors.yml"))).isEqualTo(before);
    }

    static Stream<List<String>> failingRuns() {
        return Stream.of(
                List.of("lint", "--output", "report.json", "--format", "json", "buildspec-errors.yml", "missing.yml"),
                List.of("lint", "--output", "report.json", "--format", "xml", "buildspec-errors.yml"),
                List.of("lint", "--output", "report.json", "--format", "json", "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingRuns")
    void outputIsNotWrittenAtAllOnError(List<String> args) throws IOException {
        CliRun run = CliRun.run(dir, args);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(dir.resolve("report.json")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void lintsSeveralPathsInOneCallInTheGivenOrder() throws IOException {
        write("b/buildspec.yml", ERRORS);
        write("a/buildspec.yml", INFOS);
        CliRun run = CliRun.run(dir, "lint", "--format", "json", "b/buildspec.yml", "a/buildspec.yml", "buildspec-clean.yml");
        JsonNode report = JSON.readTree(run.stdout());
        assertThat(report.get("files")).extracting(f -> f.get("path").asText())
                .containsExactly("b/buildspec.yml", "a/buildspec.yml", "buildspec-clean.yml");
        assertThat(report.get("findings")).extracting(f -> f.get("file").asText() + ":" + f.get("rule").asText())
                .containsExactly("a/buildspec.yml:BS014", "b/buildspec.yml:BS006", "b/buildspec.yml:BS007");
        assertThat(report.at("/summary/files").asInt()).isEqualTo(3);
        assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void lintsAFileNamedTwiceOnlyOnce() throws IOException {
        write("proj/buildspec.yml", ERRORS);
        CliRun run = CliRun.run(dir.resolve("proj"), "lint", "--format", "json", ".", "buildspec.yml", "./buildspec.yml");
        JsonNode report = JSON.readTree(run.stdout());
        assertThat(report.get("files")).extracting(f -> f.get("path").asText()).containsExactly("buildspec.yml");
        assertThat(report.at("/summary/errors").asInt()).isEqualTo(1);
    }

    @Test
    void findsSpecFilesByNameUnderAFolderAndSkipsDependencyAndBuildFolders() throws IOException {
        Path project = dir.resolve("project");
        for (String found : List.of("buildspec.yml", "buildspec-test.yaml", "buildspec_prod.yml", "sub/deep/buildspec.yml")) {
            write("project/" + found, CLEAN);
        }
        write("project/appspec.yml", "version: 0.0\nos: linux\n");
        write("project/other/appspec.yaml", "version: 0.0\nos: linux\n");
        write("project/lambda/appspec.json", "{\"version\": 0.0, \"Resources\": []}\n");
        for (String skipped : List.of(".git/buildspec.yml", "node_modules/pkg/buildspec.yml", "target/buildspec.yml",
                "buildspec.txt")) {
            write("project/" + skipped, ERRORS);
        }
        // not a spec by name, nor by content (a buildspec by content is found whatever its name: LintConventionsTest)
        for (String skipped : List.of("notes.yml", "mybuildspec.yml", "appspec-old.yml")) {
            write("project/" + skipped, "version: 3\nnotes: [a, b]\n");
        }

        JsonNode here = JSON.readTree(CliRun.run(project, "lint", "--format", "json").stdout());
        assertThat(here.get("files")).extracting(f -> f.get("path").asText() + " " + f.get("kind").asText())
                .containsExactly("appspec.yml appspec", "buildspec-test.yaml buildspec", "buildspec.yml buildspec",
                        "buildspec_prod.yml buildspec", "lambda/appspec.json appspec", "other/appspec.yaml appspec",
                        "sub/deep/buildspec.yml buildspec");

        JsonNode named = JSON.readTree(CliRun.run(dir, "lint", "--format", "json", "project/sub").stdout());
        assertThat(named.get("files")).extracting(f -> f.get("path").asText()).containsExactly("project/sub/deep/buildspec.yml");
    }

    @Test
    void aFolderWithSpecFilesOnlyInSkippedFoldersIsAUsageError() throws IOException {
        write("deps/node_modules/pkg/buildspec.yml", CLEAN);
        write("deps/.git/appspec.yml", "version: 0.0\nos: linux\n");
        CliRun run = CliRun.run(dir, "lint", "deps");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo("codestages lint: no buildspec, appspec or pipeline file found under deps\n");
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Files in the temp folder's top level other than the inputs: what a run left behind. */
    private List<String> leftovers() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("buildspec-") && !n.equals("empty") && !n.equals("a") && !n.equals("b"))
                    .sorted()
                    .forEach(names::add);
        }
        return names;
    }
}
