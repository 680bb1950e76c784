package dev.codestages.yaml;

import java.util.List;

/**
 * The result of reading one file: the first document's root node (null when there is none or it
 * could not be parsed) and every problem found on the way.
 */
public record LoadedYaml(YamlNode root, List<YamlProblem> problems) {

    public LoadedYaml {
        problems = List.copyOf(problems);
    }

    /** The root when it is a mapping, which every format read here requires. */
    public YamlMapping rootMapping() {
        return root instanceof YamlMapping mapping ? mapping : null;
    }
}
