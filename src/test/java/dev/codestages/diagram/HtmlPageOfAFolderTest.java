package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.cli.Codestages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests the one HTML page of {@code lint --format html} and {@code diagram --format html}: a folder's
 * page draws every pipeline definition found, each under its file's name, and the implicit pipeline only
 * when there is none; and the {@code diagram} options {@code --direction} and {@code --width}.
 */
class HtmlPageOfAFolderTest {

    private static final Path PIPELINE = Path.of("src/test/resources/diagram/hostile-pipeline.json");

    private static String run(StringWriter err, String... args) {
        StringWriter out = new StringWriter();
        int code = Codestages.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return code + "\n" + out;
    }

    private static long count(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        return matcher.results().count();
    }

    @Test
    void aFolderWithTwoDefinitionsShowsBothUnderTheirFileNamesAndNoImplicitPipeline(@TempDir Path dir)
            throws Exception {
        Files.copy(PIPELINE, dir.resolve("first-pipeline.json"));
        Files.createDirectories(dir.resolve("ops"));
        Files.writeString(dir.resolve("ops/second-pipeline.json"),
                Files.readString(PIPELINE).replace("classroom-demo", "second-demo"));
        Files.writeString(dir.resolve("buildspec.yml"), "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n");
        StringWriter err = new StringWriter();
        String page = run(err, "lint", dir.toString(), "--format", "html");
        assertThat(count(page, "<figure class=\"diagram\">")).as(err.toString()).isEqualTo(2);
        assertThat(page).contains("<figcaption>" + dir.resolve("first-pipeline.json") + "</figcaption>",
                "<figcaption>" + dir.resolve("ops/second-pipeline.json") + "</figcaption>", "aria-label=\"Pipeline classroom-demo\"",
                "aria-label=\"Pipeline second-demo\"", "<h2>Pipelines</h2>", "class=\"legend\"");
        assertThat(page).doesNotContain("<script");
    }

    @Test
    void aFolderWithoutADefinitionShowsItsImplicitPipeline(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("buildspec.yml"), "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n");
        StringWriter err = new StringWriter();
        String page = run(err, "lint", dir.toString(), "--format", "html");
        assertThat(count(page, "<figure class=\"diagram\">")).as(err.toString()).isEqualTo(1);
        assertThat(page).contains("<figcaption>" + Xml.escape(dir.toString()) + "</figcaption>", "<h2>Pipeline</h2>");
    }

    @Test
    void theDiagramPageIsTheSamePageWithTheChosenDirection() {
        StringWriter err = new StringWriter();
        String page = run(err, "diagram", "--pipeline", PIPELINE.toString(), "--format", "html", "--direction", "tb");
        assertThat(page).as(err.toString()).startsWith("0\n<!DOCTYPE html>")
                .contains("<figcaption>" + PIPELINE + "</figcaption>", "id=\"zoom-fit\"", "class=\"legend\"");
        Layout tall = Layout.of(PipelineDiagrams.of(readPipeline()), Direction.TB);
        assertThat(page).contains("width=\"" + tall.width() + "\" height=\"" + tall.height() + "\"");
    }

    private static dev.codestages.pipeline.Pipeline readPipeline() {
        try {
            return dev.codestages.pipeline.PipelineFiles.read(PIPELINE, PIPELINE.toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWrongDirectionOrATooNarrowWidthIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "diagram", "--pipeline", PIPELINE.toString(), "--direction", "RL")).startsWith("2\n");
        assertThat(run(err, "diagram", "--pipeline", PIPELINE.toString(), "--width", "12")).startsWith("2\n");
        assertThat(err.toString()).contains("codestages diagram: unknown --direction 'RL'; expected LR or TB",
                "codestages diagram: --width 12 is too narrow; give at least 40");
        String narrow = run(err, "diagram", "--pipeline", PIPELINE.toString(), "--format", "ascii", "--width", "60");
        assertThat(narrow).startsWith("0\n");
        assertThat(narrow.lines()).allMatch(line -> line.length() <= 60);
        assertThat(narrow).contains("\n --> ");
    }
}
