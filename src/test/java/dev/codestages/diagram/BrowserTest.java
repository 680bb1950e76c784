package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens the HTML report and the standalone SVG in headless Chromium (Debian's chromium and
 * chromedriver; .ci/run installs them): every stage is visible, a stage named
 * {@code <img src=x onerror=alert(1)>} shows as text and runs nothing. Then draws every pipeline of the
 * real corpus and the samples, in both directions, and checks with the browser's own geometry
 * (getBBox) that no text leaves its box, no two boxes overlap, no artifact label lies on a box and every
 * transition is there. Screenshots of the longest and the widest pipeline go to
 * {@code /tmp/codestages-browser/} for a person to look at.
 */
class BrowserTest {

    private static final Path OUT = Path.of("target/browser");
    private static final List<String> STAGES = List.of("Source", "Build", "<img src=x onerror=alert(1)>", "Deploy");

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = dev.codestages.HeadlessChromium.start(1400, 900);
        Files.createDirectories(OUT);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Path write(String name, String... args) throws Exception {
        Path file = OUT.resolve(name).toAbsolutePath();
        StringWriter err = new StringWriter();
        List<String> all = new java.util.ArrayList<>(List.of("diagram", "--pipeline",
                "src/test/resources/diagram/hostile-pipeline.json", "--output", file.toString()));
        all.addAll(List.of(args));
        int code = dev.codestages.cli.Codestages.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        assertThat(code).as(err.toString()).isZero();
        return file;
    }

    private static void assertStagesVisibleAndNothingRan(String screenshot) throws Exception {
        List<WebElement> texts = browser.findElements(By.cssSelector("svg g.stage text"));
        for (String stage : STAGES) {
            assertThat(texts).as("stage %s", stage)
                    .anyMatch(t -> t.getText().equals(stage) && t.isDisplayed());
        }
        assertThat(browser.findElements(By.tagName("img"))).as("no <img> element was made").isEmpty();
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Files.write(OUT.resolve(screenshot), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theHtmlReportShowsEveryStageAndAHostileNameAsText() throws Exception {
        browser.get(write("report.html", "--format", "html").toUri().toString());
        assertStagesVisibleAndNothingRan("report.png");
        assertThat(browser.getTitle()).isEqualTo("codestages: Pipeline classroom-demo");
        assertThat(browser.findElement(By.id("findings")).getText()).contains("Findings");
    }

    @Test
    void theStandaloneSvgShowsEveryStageAndAHostileNameAsText() throws Exception {
        browser.get(write("pipeline.svg", "--format", "svg").toUri().toString());
        assertStagesVisibleAndNothingRan("svg.png");
    }

    /** The browser's geometry of the open SVG: every problem found, as a sentence. */
    private static final String GEOMETRY = String.join("\n",
            "const problems = [];",
            "const box = el => { const b = el.getBBox(); return {x: b.x, y: b.y, r: b.x + b.width, b: b.y + b.height}; };",
            "const inside = (i, o) => i.x >= o.x - 0.5 && i.r <= o.r + 0.5 && i.y >= o.y - 0.5 && i.b <= o.b + 0.5;",
            "const overlap = (a, c) => a.x < c.r && c.x < a.r && a.y < c.b && c.y < a.b;",
            "const stages = [...document.querySelectorAll('g.stage')].map(g => box(g.querySelector('rect')));",
            "const actions = [];",
            "for (const g of document.querySelectorAll('g.stage, g.action')) {",
            "  const shape = box(g.querySelector('rect, polygon'));",
            "  if (g.classList.contains('action')) {",
            "    actions.push(shape);",
            "    if (!inside(shape, stages[+g.dataset.stage])) problems.push('action box leaves its stage: ' + g.textContent);",
            "  }",
            "  for (const t of g.querySelectorAll('text')) {",
            "    if (!inside(box(t), shape)) problems.push('text leaves its box: ' + t.textContent);",
            "    if (t.textContent.endsWith('\u2026') && !g.querySelector('title')) problems.push('shortened without title: '",
            "        + t.textContent);",
            "  }",
            "}",
            "for (const list of [stages, actions]) list.forEach((a, i) => list.slice(i + 1).forEach(c => {",
            "  if (overlap(a, c)) problems.push('boxes overlap: ' + JSON.stringify([a, c]));",
            "}));",
            "for (const g of document.querySelectorAll('g.artifact')) {",
            "  const rect = g.querySelector('rect');",
            "  if (!rect) continue;",
            "  const label = box(rect);",
            "  if (!inside(box(g.querySelector('text')), label)) problems.push('label text leaves its label: ' + g.textContent);",
            "  if (stages.concat(actions).some(s => overlap(label, s))) problems.push('label on a box: ' + g.textContent);",
            "}",
            "const transitions = [...document.querySelectorAll('g.transition')];",
            "if (transitions.length !== Math.max(0, stages.length - 1)) problems.push('transitions: ' + transitions.length",
            "    + ' for ' + stages.length + ' stages');",
            "transitions.forEach((g, i) => {",
            "  const line = g.querySelector('line');",
            "  const from = stages[+g.dataset.from], to = stages[+g.dataset.to];",
            "  const x1 = +line.getAttribute('x1'), y1 = +line.getAttribute('y1');",
            "  const x2 = +line.getAttribute('x2'), y2 = +line.getAttribute('y2');",
            "  const joins = (x1 === from.r && x2 === to.x) || (y1 === from.b && y2 === to.y);",
            "  if (+g.dataset.from !== i || +g.dataset.to !== i + 1 || !joins) problems.push('transition ' + i + ' does not'",
            "      + ' join stage ' + i + ' to the next');",
            "});",
            "const svg = document.querySelector('svg');",
            "return [problems, svg.width.baseVal.value, svg.height.baseVal.value];");

    /** The real pipelines: the copy in the test resources, else the shared corpus; none when neither is there. */
    private static List<Path> corpus() throws Exception {
        for (Path folder : List.of(Path.of("src/test/resources/corpus/real/pipeline"),
                Path.of("../shared/corpus/real/pipeline"))) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    return files.filter(f -> f.toString().matches(".*\\.(json|ya?ml)$")).sorted().toList();
                }
            }
        }
        return List.of();
    }

    @Test
    void everyCorpusAndSamplePipelineIsDrawnWithoutOverflowOrOverlapAndWithEveryTransition() throws Exception {
        java.util.Map<String, DiagramModel> models = new java.util.LinkedHashMap<>();
        models.put("classic", Samples.classic());
        models.put("wide", Samples.wide());
        models.put("long-names", Samples.longNames());
        models.put("hostile", PipelineDiagrams.of(dev.codestages.pipeline.PipelineFiles.read(
                Path.of("src/test/resources/diagram/hostile-pipeline.json"), "hostile-pipeline.json")));
        models.put("this-project", PipelineDiagrams.of(dev.codestages.pipeline.PipelineFiles.read(Path.of("."), ".")));
        int corpusFiles = 0;
        for (Path file : corpus()) {
            try {
                models.put(file.getFileName().toString(), PipelineDiagrams.of(
                        dev.codestages.pipeline.PipelineFiles.read(file, file.getFileName().toString())));
                corpusFiles++;
            } catch (java.io.IOException e) {
                // a corpus file without a readable pipeline (the linter reports it) has nothing to draw
            }
        }
        Path shots = Files.createDirectories(Path.of("/tmp/codestages-browser"));
        String longest = null;
        String widest = null;
        double widestWidth = 0;
        java.util.Map<String, List<?>> sizes = new java.util.HashMap<>();
        List<String> problems = new java.util.ArrayList<>();
        for (var entry : models.entrySet()) {
            for (Direction direction : Direction.values()) {
                Path svg = OUT.resolve(entry.getKey() + "-" + direction + ".svg").toAbsolutePath();
                Files.writeString(svg, SvgRenderer.render(Layout.of(entry.getValue(), direction)));
                browser.get(svg.toUri().toString());
                List<?> result = (List<?>) browser.executeScript(GEOMETRY);
                sizes.put(entry.getKey() + "-" + direction, result.subList(1, 3));
                for (Object problem : (List<?>) result.get(0)) {
                    problems.add(entry.getKey() + " " + direction + ": " + problem);
                }
                double width = ((Number) result.get(1)).doubleValue();
                if (direction == Direction.LR && width > widestWidth) {
                    widestWidth = width;
                    widest = entry.getKey();
                }
            }
            if (longest == null || entry.getValue().stages().size() > models.get(longest).stages().size()) {
                longest = entry.getKey();
            }
        }
        assertThat(problems).isEmpty();
        assertThat(corpusFiles).as("corpus pipelines drawn").isEqualTo(corpus().size());
        for (String name : new java.util.LinkedHashSet<>(List.of(longest, widest))) {
            for (Direction direction : Direction.values()) {
                List<?> size = sizes.get(name + "-" + direction);
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(
                        ((Number) size.get(0)).intValue() + 40, ((Number) size.get(1)).intValue() + 160));
                browser.get(OUT.resolve(name + "-" + direction + ".svg").toAbsolutePath().toUri().toString());
                Files.write(shots.resolve(name + "-" + direction + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
    }

    @Test
    void theHtmlPageFitsTheDiagramToThePageAndZoomsWithoutScript() throws Exception {
        browser.get(write("zoom.html", "--format", "html").toUri().toString());
        WebElement svg = browser.findElement(By.cssSelector(".canvas svg"));
        long natural = Long.parseLong(svg.getAttribute("width"));
        long page = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        assertThat(svg.getRect().getWidth()).as("fitted").isLessThanOrEqualTo((int) page);
        browser.findElement(By.cssSelector("label[for=zoom-2]")).click();
        assertThat(svg.getRect().getWidth()).as("200%").isEqualTo((int) (2 * natural));
        browser.findElement(By.cssSelector("label[for=zoom-1]")).click();
        assertThat(svg.getRect().getWidth()).as("100%").isEqualTo((int) natural);
        assertThat(browser.findElements(By.cssSelector(".legend svg"))).hasSize(1);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    }
}
