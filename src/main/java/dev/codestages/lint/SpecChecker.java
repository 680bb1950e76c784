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
     * Checks a file knowing where it is and what the user asked for ({@code --platform}). Checkers that
     * need neither keep the default.
     */
    default void check(SpecFile file, YamlMapping root, LintOptions options, FindingCollector out) {
        check(root, out);
    }
}
