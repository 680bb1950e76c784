package dev.codestages.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.cli.Codestages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The console in real Chromium (Debian's chromium and chromedriver), on the sample project of
 * {@code codestages init} (a throwaway git repository whose pipeline is source, build, approval, deploy):
 * "Release change" starts an execution, Build turns Succeeded, Approve with a comment lets the deployment
 * run to Succeeded, the history lists it, and an execution started by {@code codestages run} meanwhile
 * (as from another terminal) appears on its own. Screenshots go to {@code target/console/}; the latency
 * from each state write (the state file's time) to the page showing it, measured by the page, is printed.
 */
class ConsoleBrowserTest {

    private static final Path SHOTS = Path.of("target/console");
    private static final Duration WAIT = Duration.ofSeconds(120);

    private static ChromeDriver browser;

    @TempDir
    Path temp;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = dev.codestages.HeadlessChromium.start(1500, 1100);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static int codestages(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Codestages.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertThat(code).as("codestages %s: %s %s", List.of(args), out, err).isIn(0, 1, 3);
        return code;
    }

    /** Waits until {@code condition} holds, polling as a person would look; fails with {@code what}. */
    private static void waitFor(String what, Supplier<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the element was redrawn between finding and reading it: look again
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for " + what + "; the page shows:\n"
                + browser.findElement(By.tagName("body")).getText());
    }

    /**
     * Clicks what {@code by} finds. The page redraws on every event, so an element found a moment ago may be
     * gone (stale) before the click: then it is found again; a stale element throws before any click happens.
     */
    private static void click(By by) throws InterruptedException {
        waitFor("a click on " + by, () -> {
            browser.findElement(by).click();
            return true;
        });
    }

    private static boolean shows(String css) {
        return !browser.findElements(By.cssSelector(css)).isEmpty();
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void releaseBuildApproveDeployAndHistoryInTheBrowserAndARunFromAnotherTerminalAppears() throws Exception {
        Path app = temp.resolve("app");
        codestages("init", app.toString());
        try (ConsoleServer console = new ConsoleServer(ConsoleProject.in(app), 0)) {
            console.start();
            browser.get(console.url());
            waitFor("the page to load", () -> shows("#history tbody tr") && browser.getTitle().startsWith("codestages console"));
            waitFor("the event stream to be open", () -> console.listeners() == 1);
            waitFor("the lint panel", () -> browser.findElement(By.id("lint-summary")).getText().contains("spec files checked"));
            click(By.id("narrate"));
            screenshot("1-empty");

            click(By.id("release"));
            waitFor("Build to turn Succeeded", () -> shows(".stage[data-stage='Build'][data-status='Succeeded']"));
            waitFor("the approval to wait", () -> shows(".approval textarea"));
            waitFor("the page to settle at the approval", () -> browser.findElement(By.cssSelector(
                    ".stage[data-stage='Source'] .status")).getText().equals("Succeeded")
                    && browser.findElement(By.id("execution-id")).getText().matches("[0-9a-f-]{36}")
                    && browser.findElement(By.id("source-revision")).getText().matches("[0-9a-f]{40}")
                    && browser.findElement(By.cssSelector(".action[data-action='Build/Build'] .provider")).getText()
                    .equals("CodeBuild"));
            waitFor("the approval's narration", () -> browser.findElements(By.cssSelector("#narration-list li a")).stream()
                    .anyMatch(a -> a.getAttribute("href").endsWith("/codepipeline/latest/userguide/approvals.html")));
            assertThat(browser.findElements(By.cssSelector("#narration-list li a")))
                    .allMatch(a -> a.getAttribute("href").startsWith("https://docs.aws.amazon.com/"));
            click(By.cssSelector(".action[data-action='Build/Build'] .action-name"));
            waitFor("the build's phases", () -> browser.findElements(By.cssSelector(".phases tbody tr")).size() >= 4);
            waitFor("the build's log", () -> browser.findElement(By.id("log")).getText().contains("Building sample-app"));
            screenshot("2-waiting-for-approval");

            WebElement comment = browser.findElement(By.cssSelector(".approval textarea"));
            comment.sendKeys("looks good <b>to me</b>");
            click(By.cssSelector(".approval .approve"));
            waitFor("the deployment to succeed", () -> shows(".stage[data-stage='Deploy'][data-status='Succeeded']"));
            waitFor("the execution to succeed", () -> shows("#execution-status[data-status='Succeeded']"));
            waitFor("the decision with its comment, as text", () -> browser.findElement(
                    By.cssSelector(".action[data-action='Approval/Approve']")).getText().contains("Approved: looks good <b>to me</b>"));
            click(By.cssSelector(".action[data-action='Deploy/Deploy'] .action-name"));
            waitFor("the deployment's lifecycle events", () -> browser.findElement(By.id("details")).getText()
                    .contains("ValidateService"));
            screenshot("3-deployed");

            String first = console.history().get(0).executionId();
            waitFor("the history to list the execution, Succeeded", () -> {
                List<WebElement> history = browser.findElements(By.cssSelector("#history tbody tr"));
                return history.size() == 1 && history.get(0).getText().contains("Succeeded")
                        && first.startsWith(history.get(0).findElement(By.tagName("button")).getText());
            });

            // an execution started by run, as from another terminal, appears and is followed
            codestages("run", app.toString(), "--reject");
            waitFor("the run's execution in the history", () -> browser.findElements(By.cssSelector("#history tbody tr")).size() == 2);
            waitFor("the rejected run to show Failed", () -> shows("#execution-status[data-status='Failed']"));
            String newest = console.history().get(0).executionId();
            waitFor("the page to follow the newest execution", () -> browser.findElement(By.id("execution-id")).getText()
                    .equals(newest));
            click(By.id("large"));
            screenshot("4-run-from-terminal-large-text");

            List<?> latencies = (List<?>) ((JavascriptExecutor) browser).executeScript("return window.codestagesLatencies;");
            List<Long> millis = new ArrayList<>();
            latencies.forEach(l -> millis.add(((Number) l).longValue()));
            assertThat(millis).isNotEmpty();
            List<Long> sorted = millis.stream().sorted().toList();
            System.out.println("console event-to-page latency over " + sorted.size() + " state writes: median "
                    + sorted.get(sorted.size() / 2) + " ms, max " + sorted.get(sorted.size() - 1) + " ms, all " + millis);
        }
    }

    /** Names and settings from the pipeline reach the page as text: nothing in them runs or becomes an element. */
    @Test
    void aHostileStageNameAndApprovalNoteShowAsTextAndRunNothing() throws Exception {
        Path app = temp.resolve("app");
        codestages("init", app.toString());
        Path pipeline = temp.resolve("hostile.json");
        Files.writeString(pipeline, Files.readString(Path.of("src/test/resources/diagram/hostile-pipeline.json"))
                .replace("Ship it?", "<script>alert(2)</script>"));
        String hostile = "<img src=x onerror=alert(1)>";
        try (ConsoleServer console = new ConsoleServer(new ConsoleProject(app, pipeline, app.resolve(".codestages")), 0)) {
            console.start();
            browser.get(console.url());
            waitFor("the event stream to be open", () -> console.listeners() == 1);
            click(By.id("release"));
            waitFor("the hostile stage's approval to wait", () -> shows(".approval textarea"));
            waitFor("the names and the note as text", () -> browser.findElements(By.cssSelector(".stage-head h3")).stream()
                    .anyMatch(h -> h.getText().equals(hostile))
                    && browser.findElement(By.cssSelector(".approval")).getText().contains("<script>alert(2)</script>"));
            screenshot("5-hostile-names");
            assertThat(browser.findElements(By.tagName("img"))).as("only the diagram").hasSize(1);
            assertThat(browser.findElements(By.tagName("script"))).as("only the console's own").hasSize(1);
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('#stages img, #stages script') === null;")).isTrue();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.switchTo().alert())
                    .isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
        }
    }

    /**
     * The buttons of the engine's control facade: a transition disabled with a reason holds the execution in
     * front of its stage until it is enabled again; a stop abandons a waiting approval; a retry plays the
     * stopped stage again, and the approval waits anew.
     */
    @Test
    void transitionsStopAndRetryFromThePage() throws Exception {
        Path app = temp.resolve("app");
        codestages("init", app.toString());
        try (ConsoleServer console = new ConsoleServer(ConsoleProject.in(app), 0)) {
            console.start();
            browser.get(console.url());
            waitFor("the event stream to be open", () -> console.listeners() == 1);
            click(By.id("release"));
            waitFor("the approval to wait", () -> shows(".approval textarea"));

            WebElement reason = browser.findElement(By.cssSelector(".transition[data-stage='Deploy'] .transition-reason"));
            reason.clear();
            reason.sendKeys("held for the class");
            click(By.cssSelector(".transition[data-stage='Deploy'] .transition-toggle"));
            waitFor("the transition to show disabled", () -> browser.findElement(By.cssSelector(".transition[data-stage='Deploy']"))
                    .getText().contains("Transition disabled: held for the class"));
            click(By.cssSelector(".approval .approve"));
            waitFor("the execution to wait at the transition", () -> browser.findElement(By.id("execution-note")).getText()
                    .equals("Waiting at the disabled transition into Deploy"));
            screenshot("6-transition-disabled");
            click(By.cssSelector(".transition[data-stage='Deploy'] .transition-toggle"));
            waitFor("the deployment to run once the transition is enabled",
                    () -> shows("#execution-status[data-status='Succeeded']"));

            click(By.id("release"));
            waitFor("the second execution's approval to wait", () -> shows(".approval textarea")
                    && browser.findElements(By.cssSelector("#history tbody tr")).size() == 2);
            waitFor("the stop buttons", () -> browser.findElement(By.id("abandon")).isDisplayed());
            click(By.id("abandon"));
            waitFor("the execution to stop", () -> shows("#execution-status[data-status='Stopped']")
                    && shows(".stage[data-stage='Approval'] .retry"));
            screenshot("7-stopped");
            click(By.cssSelector(".stage[data-stage='Approval'] .retry"));
            waitFor("the retried approval to wait again", () -> shows(".approval textarea")
                    && shows("#execution-status[data-status='InProgress']"));
            click(By.cssSelector(".approval .reject"));
            waitFor("the rejection to fail the execution", () -> shows("#execution-status[data-status='Failed']"));
            assertThat(console.history()).hasSize(2);
        }
    }
}
