package dev.codestages.pipeline;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the pipeline that the diagram and the runner work on: from a definition file (CodePipeline
 * JSON/YAML or a CloudFormation template), or the implicit pipeline of a project folder.
 */
public final class PipelineFiles {

    private PipelineFiles() {
    }

    /**
     * The first pipeline of a definition file, or of a folder's implicit pipeline.
     *
     * @throws IOException when the file cannot be read, is not YAML/JSON, or holds no pipeline
     */
    public static Pipeline read(Path path, String display) throws IOException {
        return readAll(path, display).get(0);
    }

    /**
     * Every pipeline of a definition file in file order (a CloudFormation template may define several), or
     * a folder's implicit pipeline; never empty.
     *
     * @throws IOException when the file cannot be read, is not YAML/JSON, or holds no pipeline
     */
    public static List<Pipeline> readAll(Path path, String display) throws IOException {
        PipelineDocument document;
        if (Files.isDirectory(path)) {
            document = ImplicitPipelineReader.read(path, display);
        } else {
            LoadedYaml yaml = new YamlLoader().load(path);
            if (yaml.rootMapping() == null) {
                String reason = yaml.problems().stream().map(YamlProblem::message).findFirst()
                        .orElse("it is not a mapping");
                throw new IOException(display + " cannot be read: " + reason);
            }
            document = PipelineReaders.read(yaml.rootMapping(), display);
        }
        if (document.pipelines().isEmpty()) {
            throw new IOException(display + " holds no pipeline (a CodePipeline structure or an"
                    + " AWS::CodePipeline::Pipeline resource)");
        }
        return document.pipelines();
    }
}
