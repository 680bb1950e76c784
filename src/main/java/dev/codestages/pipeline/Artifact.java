package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.List;

/**
 * An input or output artifact of an action: a zip in the artifact store, named so that later actions
 * can take it as input.
 *
 * @param name  the artifact name ({@code SourceOutput})
 * @param files for an output of a Compute action, the paths it packs; empty otherwise
 * @param at    where the artifact's entry starts
 */
public record Artifact(Value name, List<Value> files, Position at) {

    public Artifact {
        files = List.copyOf(files);
    }

    public static Artifact named(Value name) {
        return new Artifact(name, List.of(), name.at());
    }
}
