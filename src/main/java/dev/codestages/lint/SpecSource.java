package dev.codestages.lint;

import java.io.IOException;

/**
 * The files of a lint run, one at a time, so that a run over a large tree never holds the whole list:
 * {@link SpecPaths#walk} finds them as the linter asks.
 */
public interface SpecSource {

    /** The next file, or null after the last. */
    SpecFile next() throws IOException;
}
