package dev.codestages.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the page reads: the lint findings of the project as {@code lint DIR} gives them (the configuration
 * applied) with each rule's explanation and AWS page, the pipeline as the diagram's SVG, the overview, and
 * a clear 400 for an execution that is not there.
 */
class ConsoleApiTest {

    @TempDir
    Path project;

    private static HttpResponse<String> get(ConsoleServer console, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(console.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLintFindingsComeWithTheirExplanationAndTheConfigurationApplied() throws Exception {
        Files.writeString(project.resolve("buildspec.yml"), "version: 0.2\nphases:\n  prebuild:\n    commands:\n"
                + "      - echo hi\n  build:\n    comands:\n      - make\n");
        Files.writeString(project.resolve(".codestages.yml"), "rules:\n  BS007: off\n");
        try (ConsoleServer console = new ConsoleServer(ConsoleProject.in(project), 0)) {
            console.start();
            HttpResponse<String> lint = get(console, "/api/lint");
            assertThat(lint.statusCode()).isEqualTo(200);
            assertThat(lint.body()).contains("\"rule\" : \"BS006\"", "\"file\" : \"buildspec.yml\"", "\"line\" : 3",
                    "unknown phase 'prebuild'",
                    "\"rules\":{\"BS006\":{\"title\":", "\"source\":\"https://docs.aws.amazon.com/codebuild/")
                    .doesNotContain("BS007");

            HttpResponse<String> overview = get(console, "/api/overview");
            assertThat(overview.body()).contains("\"executions\":[]", "\"project\":\"" + project.toRealPath().toString()
                    .replace("\\", "\\\\"));
            HttpResponse<String> missing = get(console, "/api/execution?id=0b5c3e0e-2a6f-4d7e-9a53-5d1f2c3b4a59");
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(missing.body()).contains("no execution 0b5c3e0e-2a6f-4d7e-9a53-5d1f2c3b4a59");
            assertThat(get(console, "/api/execution?id=../../etc/passwd").body()).contains("is not an execution id");
            assertThat(get(console, "/nothing").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void thePipelineIsTheDiagramsSvg() throws Exception {
        Path app = project.resolve("app");
        dev.codestages.cli.Codestages.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter())).execute("init", app.toString());
        try (ConsoleServer console = new ConsoleServer(ConsoleProject.in(app), 0)) {
            console.start();
            HttpResponse<String> svg = get(console, "/diagram.svg?execution=");
            assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml; charset=utf-8");
            assertThat(svg.body()).startsWith("<?xml").contains("<g class=\"stage\"", ">Approval<", ">Deploy<")
                    .doesNotContain("<script");
        }
    }
}
