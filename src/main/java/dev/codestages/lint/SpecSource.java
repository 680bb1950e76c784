package dev.codestages.lint;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The files of a lint run, one at a time, so that a run over a large tree never holds the whole list:
 * {@link SpecPaths#walk} finds them as the linter asks. A source may also say which folders it is done
 * with, so that a check across files can settle what it waits for before the last file ({@link
 * CrossFileCheck.Session#settle}); by default it says nothing, and everything settles at the end.
 */
public interface SpecSource {

    /** The next file, or null after the last. */
    SpecFile next() throws IOException;

    /**
     * True when no file this source gives from now on (after the files {@link #next} already returned)
     * lies directly in {@code folder}, an absolute, normalized path, compared with each file's path made
     * absolute and normalized. Conservative: false whenever a file there may still come, and false by
     * default.
     */
    default boolean closed(Path folder) {
        return false;
    }

    /**
     * True when no file this source gives from now on lies in {@code folder} or in any folder below it
     * ({@code folder} absolute and normalized, as for {@link #closed}). Conservative: false whenever such a
     * file may still come, and false by default. A finished folder is closed.
     */
    default boolean finished(Path folder) {
        return false;
    }
}
