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

    @Test
    void aTemplateWithTwoPipelinesDrawsBothOrTheOneNamed(@TempDir Path dir) throws Exception {
        // PL041's fixture (a real template, two pipelines), with a name of its own for each
        String template = Files.readString(Path.of("src/test/resources/rules/PL041/bad-two-pipelines.yaml"));
        String name = "\n      Name: !Ref Name";
        int second = template.indexOf(name, template.indexOf(name) + 1);
        template = template.substring(0, second) + "\n      Name: hotfix-pipeline"
                + template.substring(second + name.length());
        template = template.replaceFirst(name, "\n      Name: main-pipeline");
        Path file = dir.resolve("pipelines.yaml");
        Files.writeString(file, template);

        StringWriter err = new StringWriter();
        String page = run(err, "diagram", "--pipeline", file.toString(), "--format", "html", dir.toString());
        assertThat(page).startsWith("0\n");
        assertThat(count(page, "<figure class=\"diagram\">")).as(err.toString()).isEqualTo(2);
        assertThat(page).contains("<figcaption>" + file + ": main-pipeline</figcaption>",
                "<figcaption>" + file + ": hotfix-pipeline</figcaption>");

        String ascii = run(err, "diagram", "--pipeline", file.toString(), "--format", "ascii", dir.toString());
        assertThat(ascii).contains("main-pipeline\n", "hotfix-pipeline\n");

        StringWriter noted = new StringWriter();
        String mermaid = run(noted, "diagram", "--pipeline", file.toString(), "--format", "mermaid", dir.toString());
        assertThat(mermaid).startsWith("0\n").contains("flowchart LR");
        assertThat(count(mermaid, "flowchart")).isEqualTo(1);
        assertThat(noted.toString()).contains("defines 2 pipelines (main-pipeline, hotfix-pipeline); drew"
                + " 'main-pipeline', choose another with --name");

        String named = run(err, "diagram", "--pipeline", file.toString(), "--format", "ascii", "--name",
                "hotfix-pipeline", dir.toString());
        assertThat(named).contains("hotfix-pipeline\n").doesNotContain("main-pipeline");

        StringWriter refused = new StringWriter();
        assertThat(run(refused, "diagram", "--pipeline", file.toString(), "--name", "prod", dir.toString())).startsWith("2\n");
        assertThat(refused.toString()).contains("no pipeline named 'prod' in " + file
                + "; it defines: main-pipeline, hotfix-pipeline");
    }
}
