package dev.codestages.yaml;

import java.util.List;

/**
 * The result of reading one file: the first document's root node (null when there is none or it
 * could not be parsed), every problem found on the way and the decoded text (null when it was not read),
 * which comments live in: the tree has none.
 */
public record LoadedYaml(YamlNode root, List<YamlProblem> problems, String text) {

    public LoadedYaml {
        problems = List.copyOf(problems);
    }

    /** A file whose text was not read (too large, not UTF-8). */
    public LoadedYaml(YamlNode root, List<YamlProblem> problems) {
        this(root, problems, null);
    }

    /** The root when it is a mapping, which every format read here requires. */
    public YamlMapping rootMapping() {
        return root instanceof YamlMapping mapping ? mapping : null;
    }
}
