package dev.codestages.buildspec;

import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a buildspec file into its model, for callers that work with the model only (the runner names no
 * YAML type): the loading and its limits stay the linter's.
 */
public final class BuildspecFile {

    private BuildspecFile() {
    }

    /** The buildspec in {@code file}; empty when the file is not a YAML mapping (the linter says why). */
    public static Optional<Buildspec> read(Path file) throws IOException {
        YamlMapping root = new YamlLoader().load(file).rootMapping();
        return root == null ? Optional.empty() : Optional.of(new Buildspec(root));
    }

    /** The buildspec written as text (a project's inline BuildSpec); empty when it is not a YAML mapping. */
    public static Optional<Buildspec> readText(String text) {
        YamlMapping root = new YamlLoader().load(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).rootMapping();
        return root == null ? Optional.empty() : Optional.of(new Buildspec(root));
    }
}
