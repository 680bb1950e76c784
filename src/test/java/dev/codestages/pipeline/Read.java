package dev.codestages.pipeline;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;

/** Loads test text and reads it as a pipeline definition. */
final class Read {

    private Read() {
    }

    static PipelineDocument text(String text) {
        LoadedYaml yaml = new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8));
        if (!yaml.problems().isEmpty()) {
            throw new AssertionError("test input does not load: " + yaml.problems());
        }
        return PipelineReaders.read(yaml.rootMapping(), "pipeline.json");
    }

    static Pipeline single(String text) {
        PipelineDocument document = text(text);
        if (document.pipelines().size() != 1) {
            throw new AssertionError("expected one pipeline, got " + document.pipelines().size());
        }
        return document.pipelines().get(0);
    }
}
