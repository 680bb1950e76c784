package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.cli.Codestages;
import dev.codestages.pipeline.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link RunStatuses} and {@code diagram --report}: a run colours the diagram; a bad report is an error. */
class RunStatusesTest {

    static final String REPORT = """
            {"status": "Failed", "executionId": "20261124-1",
             "stages": [
               {"name": "Source", "status": "Succeeded", "actions": [{"name": "Source", "provider": "CodeCommit",
                 "status": "Succeeded", "durationMs": 10}]},
               {"name": "Build", "status": "Failed", "actions": [{"name": "Build", "status": "Failed"},
                 {"name": "UnitTests", "status": "Skipped"}]}],
             "deployment": null}
            """;

    @Test
    void readsStageAndActionStatusesOfARunReport() throws IOException {
        RunStatuses statuses = RunStatuses.parse(REPORT);
        assertThat(statuses.execution()).isEqualTo("20261124-1: Failed");
        assertThat(statuses.stage("Build")).isEqualTo(Status.FAILED);
        assertThat(statuses.action("Build", "UnitTests")).isEqualTo(Status.SKIPPED);
        assertThat(statuses.action("Deploy", "Deploy")).isNull();
    }

    @Test
    void readsEveryStatusOfTheExecutionRecordStubbedAndAbandonedIncluded() throws IOException {
        RunStatuses statuses = RunStatuses.parse("""
                {"version": 2, "executionId": "e-1", "status": "Stopped",
                 "stages": [
                   {"name": "Test", "status": "Stubbed", "actions": [{"name": "Scan", "status": "Stubbed"}]},
                   {"name": "Build", "status": "Stopped", "actions": [{"name": "Build", "status": "Abandoned"}]}]}
                """);
        assertThat(statuses.stage("Test")).isEqualTo(Status.STUBBED);
        assertThat(statuses.action("Build", "Build")).isEqualTo(Status.ABANDONED);
    }

    @Test
    void refusesWhatIsNotARunReport() {
        assertThatThrownBy(() -> RunStatuses.parse("[1, 2]")).isInstanceOf(IOException.class)
                .hasMessageContaining("not a run report");
        assertThatThrownBy(() -> RunStatuses.parse("{\"stages\": []}")).hasMessageContaining("no \"status\"");
        assertThatThrownBy(() -> RunStatuses.parse("{oops")).isInstanceOf(IOException.class);
    }

    @Test
    void diagramWithAReportColoursTheRunAndABrokenReportExitsTwo(@TempDir Path temp) throws IOException {
        Path report = Files.writeString(temp.resolve("run.json"), REPORT);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Codestages.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("diagram", "--pipeline",
                "src/test/resources/diagram/hostile-pipeline.json", "--report", report.toString(), "--format", "svg");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("classroom-demo — 20261124-1: Failed", "CodeBuild · Failed",
                "CodeBuild · Skipped", "#ffebee");

        Files.writeString(report, "not json");
        code = Codestages.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("diagram",
                "--pipeline", "src/test/resources/diagram/hostile-pipeline.json", "--report", report.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("codestages diagram: not a run report");
    }

    @Test
    void pipelineSvgDrawsAFileOrAFolderColouredByAReport(@TempDir Path temp) throws IOException {
        Path report = Files.writeString(temp.resolve("run.json"), REPORT);
        String svg = PipelineSvg.draw(temp, Path.of("src/test/resources/diagram/hostile-pipeline.json"), report);
        assertThat(svg).startsWith("<?xml").contains("classroom-demo", "CodeBuild · Failed");
        assertThat(PipelineSvg.draw(temp, null, null)).contains("CodeCommit");
        assertThatThrownBy(() -> PipelineSvg.draw(temp, temp.resolve("missing.json"), null))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aStageWhoseInboundTransitionIsDisabledShowsItDisabledInEveryFormat(@TempDir Path temp) throws IOException {
        // the stage state of CodePipeline's GetPipelineState: inboundTransitionState {enabled, disabledReason}
        Path report = Files.writeString(temp.resolve("run.json"), """
                {"status": "InProgress", "executionId": "e-2",
                 "stages": [{"name": "Build", "status": "Succeeded"},
                   {"name": "Deploy", "inboundTransitionState": {"enabled": false, "disabledReason": "code freeze"}},
                   {"name": "Source", "inboundTransitionState": {"enabled": true}}]}
                """);
        RunStatuses statuses = RunStatuses.parse(Files.readString(report));
        assertThat(statuses.disabledTransition("Deploy")).isEqualTo("code freeze");
        assertThat(statuses.disabledTransition("Source")).isNull();
        assertThat(statuses.disabledTransition("Build")).isNull();
        for (String format : new String[] {"svg", "dot", "mermaid", "ascii"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Codestages.commandLine(new PrintWriter(out), new PrintWriter(err)).execute("diagram",
                    "--pipeline", "src/test/resources/diagram/hostile-pipeline.json", "--report", report.toString(),
                    "--format", format);
            assertThat(code).as(err.toString()).isZero();
            String expected = switch (format) {
                case "svg" -> "<g class=\"transition disabled\" data-from=\"2\" data-to=\"3\">";
                case "dot" -> "a2_0 -> a3_0 [ltail=cluster_2, lhead=cluster_3, class=\"transition\", penwidth=2.5,"
                        + " weight=10, color=\"#78909c\", style=dashed, label=\"disabled\", tooltip=\"code freeze\"]";
                case "mermaid" -> "  s2 -.->|\"disabled\"| s3\n";
                default -> "-X> Deploy: code freeze";
            };
            assertThat(out.toString()).as(format).contains(expected);
        }
    }
}
