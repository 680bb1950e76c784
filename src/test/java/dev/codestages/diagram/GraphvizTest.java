package dev.codestages.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Tests that Graphviz accepts the DOT output, hostile names included (.ci/run installs graphviz). */
class GraphvizTest {

    @Test
    void dotAcceptsTheDiagramAndDrawsItWithEveryTransition() throws Exception {
        Path dot = Path.of("/usr/bin/dot");
        assumeTrue(Files.isExecutable(dot), "graphviz is not installed (apt-get install graphviz)");
        for (DiagramModel model : new DiagramModel[] {Samples.classic(), Samples.wide(), Samples.longNames()}) {
            Process process = new ProcessBuilder(dot.toString(), "-Tsvg").redirectErrorStream(true).start();
            process.getOutputStream().write(DotRenderer.render(model).getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String svg = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(svg).isZero();
            assertThat(svg).contains("<svg").doesNotContain("Error").doesNotContain("Warning");
            assertThat(svg.split("class=\"edge transition\"", -1)).hasSize(model.stages().size());
            for (DiagramModel.Stage stage : model.stages()) {
                assertThat(svg).contains(Xml.escape(stage.name()).replace("&#39;", "'").replace("&quot;", "\"")
                        .replace("-", "&#45;"));
            }
        }
    }
}
