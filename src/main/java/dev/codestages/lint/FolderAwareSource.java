package dev.codestages.lint;

import java.nio.file.Path;

/**
 * A source that answers {@link #closed} and {@link #finished} with one question about its state, whether
 * a later file may lie in a folder, directly or anywhere below it ({@link SpecFinder}'s walk of a folder,
 * {@link SpecPaths}' walk of the command line's paths).
 */
interface FolderAwareSource extends SpecSource {

    /** True when no later file lies directly in {@code folder}, or, with {@code below}, in it or below it. */
    boolean done(Path folder, boolean below);

    @Override
    default boolean closed(Path folder) {
        return done(folder, false);
    }

    @Override
    default boolean finished(Path folder) {
        return done(folder, true);
    }
}
