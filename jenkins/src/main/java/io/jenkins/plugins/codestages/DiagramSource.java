package io.jenkins.plugins.codestages;

import dev.codestages.diagram.PipelineSvg;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The one place where the plugin asks the codestages library for the pipeline diagram. The library
 * draws it (layout, escaping of every name from a spec file, no script); the plugin only stores and
 * serves the SVG text it gets here.
 */
final class DiagramSource {

    private DiagramSource() {
    }

    /**
     * The SVG of the pipeline, drawn on the agent.
     *
     * @param workspace    the workspace root (its implicit pipeline: git source, buildspec, approval, appspec)
     * @param pipelineFile a CodePipeline JSON/YAML or CloudFormation file inside the workspace; null for the
     *                     implicit pipeline of the workspace
     * @param runReport    a {@code codestages run} JSON report inside the workspace whose statuses colour the
     *                     diagram; null for none
     * @return the SVG text, or null when the library cannot draw one
     */
    static String svg(Path workspace, Path pipelineFile, Path runReport) throws IOException {
        return PipelineSvg.draw(workspace, pipelineFile, runReport);
    }
}
