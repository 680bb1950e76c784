package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The primary artifact or one secondary artifact, with the path a message names it by
 * ({@code artifacts} or {@code artifacts.secondary-artifacts.<id>}).
 */
record ArtifactDefinition(String path, YamlMapping body) {

    /** Every artifact definition that is a mapping, primary first, in file order. */
    static List<ArtifactDefinition> all(Buildspec buildspec) {
        List<ArtifactDefinition> found = new ArrayList<>();
        if (!(buildspec.root().get("artifacts") instanceof YamlMapping primary)) {
            return found;
        }
        found.add(new ArtifactDefinition("artifacts", primary));
        if (primary.get("secondary-artifacts") instanceof YamlMapping secondary) {
            for (YamlEntry entry : secondary.entries()) {
                if (entry.value() instanceof YamlMapping body) {
                    found.add(new ArtifactDefinition("artifacts.secondary-artifacts." + entry.keyText(), body));
                }
            }
        }
        return found;
    }

    /** The string items of {@code files}. */
    List<YamlScalar> files() {
        return Buildspec.stringItems(body.get("files"));
    }

    /** The string items of {@code exclude-paths}. */
    List<YamlScalar> excludePaths() {
        return Buildspec.stringItems(body.get("exclude-paths"));
    }

    Optional<YamlScalar> baseDirectory() {
        return body.scalar("base-directory");
    }
}
