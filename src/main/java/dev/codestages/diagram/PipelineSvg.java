package dev.codestages.diagram;

import dev.codestages.pipeline.PipelineFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one call a host (the Jenkins step, an IDE) needs for a picture of a pipeline: the SVG of a
 * definition file, or of a folder's implicit pipeline, coloured by a run report when one is given.
 */
public final class PipelineSvg {

    private PipelineSvg() {
    }

    /**
     * @param folder       the project folder, drawn when {@code pipelineFile} is null
     * @param pipelineFile a CodePipeline JSON/YAML or CloudFormation file, or null
     * @param runReport    a {@code codestages run --report} file, or null
     * @throws IOException when a file cannot be read or holds no pipeline or no run report
     */
    public static String draw(Path folder, Path pipelineFile, Path runReport) throws IOException {
        Path source = pipelineFile != null ? pipelineFile : folder;
        String display = pipelineFile != null ? String.valueOf(pipelineFile.getFileName()) : ".";
        RunStatuses statuses = runReport == null ? RunStatuses.NONE
                : RunStatuses.parse(Files.readString(runReport, StandardCharsets.UTF_8));
        return SvgRenderer.render(Layout.of(PipelineDiagrams.of(PipelineFiles.read(source, display), statuses)));
    }
}
