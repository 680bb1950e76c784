package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the HTML report and the standalone SVG in headless Chromium (Debian's chromium and
 * chromedriver; .ci/run installs them): every stage is visible, a stage named
 * {@code <img src=x onerror=alert(1)>} shows as text and runs nothing. Screenshots are kept in
 * {@code target/browser/} for a person to look at.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path OUT = Path.of("target/browser");
    private static final List<String> STAGES = List.of("Source", "Build", "<img src=x onerror=alert(1)>", "Deploy");

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        Files.createDirectories(OUT);
        // Selenium warns that it has no DevTools binding for this Chromium; the test does not use DevTools
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900",
                "--user-data-dir=" + Files.createTempDirectory("codestages-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
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
}
