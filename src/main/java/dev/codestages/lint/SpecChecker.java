package dev.codestages.lint;

import dev.codestages.yaml.YamlMapping;
import java.util.List;

/** Runs every rule of one file kind over a loaded file. One implementation per kind, listed in {@link Rules}. */
public interface SpecChecker {

    /** The rules this checker runs, for the registry. */
    List<? extends Rule> rules();

    /** Checks a file whose root is a mapping; findings go to {@code out}. */
    void check(YamlMapping root, FindingCollector out);

    /**
     * Checks a file knowing where it is and what the user asked for ({@code --platform}), and returns the
     * model its rules read, so that the checks across files read that same model instead of a second one
     * ({@link CrossFileCheck.Session#add}). Checkers that need neither keep the default, which has no model.
     */
    default Object check(SpecFile file, YamlMapping root, LintOptions options, FindingCollector out) {
        check(root, out);
        return null;
    }
}
