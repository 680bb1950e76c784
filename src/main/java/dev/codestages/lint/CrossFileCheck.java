package dev.codestages.lint;

import dev.codestages.yaml.YamlMapping;
import java.util.List;

/**
 * Checks that look beyond one file: an appspec against the folder it sits in, a buildspec's artifacts
 * against what an appspec needs. The {@link Linter} starts one session per run, shows it every file
 * after that file's own checks, then asks it for the findings across files. A session keeps only the
 * little it needs from each file, never whole trees, so memory stays flat in the number of files.
 */
public interface CrossFileCheck {

    /** The rules this check reports, for the registry. */
    List<? extends Rule> rules();

    /**
     * Starts a run.
     *
     * @param memory the files of an in-memory bundle (a rule's example), or null when the files are on disk
     */
    Session start(LintOptions options, List<MemoryFile> memory);

    /** One lint run. */
    interface Session {

        /**
         * Sees one loaded file and the model its checker built ({@link SpecChecker#check}: a
         * {@code Buildspec}, an {@code Appspec}, ...; null when its kind has none); findings about this
         * file alone go to {@code out}. Called from the lint's
         * threads at once: a session keeps what it collects safe for that, and does its per-file work
         * outside any lock it takes (a lock around the whole call made the lint threads take turns).
         *
         * @return true when {@link #finish} may report on this file, so its result must wait for it
         */
        boolean add(SpecFile file, FileKind kind, YamlMapping root, Object model, FindingCollector out);

        /**
         * Settles early what can no longer change: called by the {@link Linter} after each batch of files
         * has been added, with the source that gave them, whose {@link SpecSource#closed} and {@link
         * SpecSource#finished} say which folders no later file can lie in. Returns the findings it can give
         * now, exactly as {@link #finish} would give them, and the files (by display path) it no longer
         * keeps: each only once, and only files whose {@link #add} returned true. By default nothing
         * settles before the end.
         */
        default Settled settle(SpecSource source) {
            return Settled.NOTHING;
        }

        /** The findings across files, after the last file. */
        List<Finding> finish();
    }

    /** What a session settled early: findings, and the display paths of the files it released. */
    record Settled(List<Finding> findings, List<String> released) {

        /** Nothing settled. */
        public static final Settled NOTHING = new Settled(List.of(), List.of());
    }
}
