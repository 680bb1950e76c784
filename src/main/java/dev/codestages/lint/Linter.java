package dev.codestages.lint;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files in, results out: loads each file, tells its kind, runs the checker for that kind and gathers
 * the findings, then runs the checks across files ({@link CrossFileCheck}). One instance can lint any
 * number of files in one JVM; no file's tree outlives its own checks, and each file's result goes to
 * a {@link LintListener} as soon as it is final, so memory stays flat in the number of files. The project's {@link LintOptions.FindingPolicy} and each file's
 * {@link InlineSuppressions} are applied last, to every finding, the cross-file ones too.
 */
public final class Linter {

    private final YamlLoader loader = new YamlLoader();
    private final LintOptions options;
    /** Content given instead of a file's own ({@code lint -}, standard input), by file. */
    private final Map<SpecFile, byte[]> given = new ConcurrentHashMap<>();

    public Linter() {
        this(LintOptions.DEFAULT);
    }

    public Linter(LintOptions options) {
        this.options = options;
    }

    /**
     * Lints every file, then checks them against each other.
     *
     * @throws IOException when a file cannot be read at all (missing, a folder, no permission)
     */
    public LintReport lint(List<SpecFile> files) throws IOException {
        Collected collected = new Collected();
        Iterator<SpecFile> each = files.iterator();
        lint(() -> each.hasNext() ? each.next() : null, collected);
        return collected.report();
    }

    /**
     * Lints the files as {@code files} gives them and hands each file's result to {@code listener} in
     * that order, as soon as it is final, so that memory stays flat in the number of files. A file that
     * a check across files may still report on (an AppSpec and the buildspecs whose artifacts may carry
     * it) is final once the checks have settled it ({@link CrossFileCheck.Session#settle}, asked after
     * each batch: when {@code files} says no file that could change it is still to come), else after the
     * last file: from it on, results wait, in memory while they are few and then in a temporary file
     * ({@link FileResultSpool}), and are handed on, in order, as soon as no file before them waits.
     *
     * @throws IOException when a file cannot be read at all (missing, a folder, no permission)
     */
    public void lint(SpecSource files, LintListener listener) throws IOException {
        Run run = new Run(Rules.startCrossChecks(options, null), listener);
        int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        List<SpecFile> batch = new ArrayList<>();
        boolean more = true;
        try {
            while (more) {
                batch.clear();
                while (batch.size() < BATCH) {
                    SpecFile file = files.next();
                    if (file == null) {
                        more = false;
                        break;
                    }
                    batch.add(file);
                }
                Checked[] checked = new Checked[batch.size()];
                if (batch.size() < PARALLEL_FROM || threads < 2) {
                    for (int i = 0; i < batch.size(); i++) {
                        lintInto(batch, i, run.sessions, checked);
                    }
                } else {
                    lintInParallel(batch, threads, run.sessions, checked);
                }
                for (Checked file : checked) {
                    run.deliver(file);
                }
                run.settle(files);
            }
            run.finish();
        } finally {
            run.discard(); // a run that failed leaves no temporary file
        }
    }

    /** Lints {@code content} as {@code file} (standard input, named by {@code --stdin-filename}). */
    public Linter withContent(SpecFile file, byte[] content) {
        given.put(file, content);
        return this;
    }

    /** Below this many files a lint runs on the caller's thread alone. */
    private static final int PARALLEL_FROM = 16;
    private static final int MAX_THREADS = 4;
    /** Files linted at once before their results are handed on: bounds the memory of a run. */
    private static final int BATCH = 256;

    private void lintInto(List<SpecFile> files, int index, List<CrossFileCheck.Session> sessions, Checked[] checked)
            throws IOException {
        SpecFile file = files.get(index);
        FindingCollector out = new FindingCollector(file.displayPath());
        byte[] content = given.isEmpty() ? null : given.get(file);
        checked[index] = check(file, content != null ? loader.load(content) : loader.load(file.path()), out, sessions);
    }

    /**
     * Lints on several threads (a linter spends its time in the CPU, and the results are handed on in
     * order anyway); the first failure, in file order, is thrown as the sequential run would throw it,
     * and an error (out of memory) is thrown as itself.
     */
    private void lintInParallel(List<SpecFile> files, int threads, List<CrossFileCheck.Session> sessions,
                                Checked[] checked) throws IOException {
        IOException[] failures = new IOException[files.size()];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Throwable[] crashes = new Throwable[1];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try {
                        lintInto(files, i, sessions, checked);
                    } catch (IOException e) {
                        failures[i] = e;
                    } catch (RuntimeException | Error e) {
                        synchronized (crashes) {
                            crashes[0] = crashes[0] == null ? e : crashes[0];
                        }
                        return;
                    }
                }
            }, "codestages-lint-" + t);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while linting", e);
            }
        }
        if (crashes[0] instanceof Error error) {
            throw error;
        }
        if (crashes[0] != null) {
            throw (RuntimeException) crashes[0];
        }
        for (IOException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * Lints text that is not on disk (a rule's example, a Jenkins step's inline spec). The name is used
     * for findings and, unless {@code kind} is given, to tell the kind. No check looks at the disk.
     */
    public LintReport lintBytes(String name, byte[] content, FileKind kind) {
        SpecFile file = new SpecFile(Path.of(name), name, kind);
        Collected collected = new Collected();
        Run run = new Run(List.of(), collected);
        try {
            run.deliver(check(file, loader.load(content), new FindingCollector(name), List.of()));
            run.finish();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a collector writes nothing
        }
        return collected.report();
    }

    /**
     * Lints a bundle that exists only in memory, such as a rule's example: the first file as
     * {@code firstKind}, the others when their names make them spec files; every file is part of the
     * bundle the cross-file checks see, and nothing on disk is looked at.
     */
    public LintReport lintMemory(List<MemoryFile> files, FileKind firstKind) {
        Collected collected = new Collected();
        Run run = new Run(Rules.startCrossChecks(options, files), collected);
        try {
            for (int i = 0; i < files.size(); i++) {
                MemoryFile memory = files.get(i);
                Path path = Path.of(memory.path());
                if (i > 0 && KindDetector.byName(path) == null) {
                    continue;
                }
                SpecFile file = new SpecFile(path, memory.path(), i == 0 ? firstKind : null);
                run.deliver(check(file, loader.load(memory.content()), new FindingCollector(memory.path()),
                        run.sessions));
            }
            run.finish();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a collector writes nothing
        }
        return collected.report();
    }

    /**
     * One file checked: its own findings, its suppression comments, and how many cross-file checks may add
     * more (it waits for each of them to release it).
     */
    private record Checked(SpecFile file, FileKind kind, List<Finding> findings, InlineSuppressions suppressions,
                           int keptBy) {
    }

    /**
     * Where a file is and its suppression comments: what the findings across files need of it once the
     * checks that keep it ({@code keptBy} of them) have released it; and its result's number among the
     * results held in the run.
     */
    private record FileNotes(Path path, InlineSuppressions suppressions, int keptBy, long held) {
    }

    /**
     * One lint run's results on their way to the listener: each finding as the project's policy makes it
     * (dropped when its rule is off there), then set apart when a comment suppresses it; then a finding for
     * each comment of the file that suppressed nothing. A file that waits for the findings across files,
     * and every file after it, is held until the files before it no longer wait ({@link #settle}, else
     * {@link #finish}).
     */
    private final class Run {
        private final List<CrossFileCheck.Session> sessions;
        private final LintListener listener;
        private final Map<String, FileNotes> waiting = new HashMap<>();
        /** The findings across files given so far and not yet added to their file's result, by file. */
        private final Map<String, List<Finding>> across = new TreeMap<>();
        /** What the findings across files added to a released file whose result is still held, by file. */
        private final Map<String, FileResult> added = new HashMap<>();
        /** The results held until no file before them waits: in memory while they fit, then in a temporary file. */
        private FileResultSpool spool;
        /** The number of results held so far in the run, and the number of the first one in {@link #spool}. */
        private long held;
        private long spoolFrom;

        Run(List<CrossFileCheck.Session> sessions, LintListener listener) {
            this.sessions = sessions;
            this.listener = listener;
        }

        void deliver(Checked file) throws IOException {
            List<Finding> kept = new ArrayList<>(file.findings().size());
            List<Finding> suppressed = new ArrayList<>(0);
            Path path = file.file().path();
            for (Finding finding : file.findings()) {
                review(finding, path, file.suppressions(), kept, suppressed);
            }
            String display = file.file().displayPath();
            if (file.keptBy() > 0) {
                waiting.put(display, new FileNotes(path, file.suppressions(), file.keptBy(), held));
                hold(sorted(new FileResult(display, file.kind(), true, kept, suppressed)));
                return;
            }
            addUnused(display, path, file.suppressions(), kept);
            FileResult result = sorted(new FileResult(display, file.kind(), true, kept, suppressed));
            if (spool != null) {
                hold(result);
            } else {
                listener.file(result);
            }
        }

        private void review(Finding finding, Path path, InlineSuppressions suppressions, List<Finding> kept,
                            List<Finding> suppressed) {
            Finding adjusted = options.policy().apply(finding, path);
            if (adjusted == null) {
                return;
            }
            if (suppressions != null && suppressions.suppresses(adjusted)) {
                suppressed.add(adjusted);
            } else {
                kept.add(adjusted);
            }
        }

        private void addUnused(String display, Path path, InlineSuppressions suppressions, List<Finding> kept) {
            if (suppressions == null) {
                return;
            }
            for (Finding unused : suppressions.unused(display)) {
                Finding adjusted = options.policy().apply(unused, path);
                if (adjusted != null) {
                    kept.add(adjusted);
                }
            }
        }

        private void hold(FileResult result) throws IOException {
            if (spool == null) {
                spool = new FileResultSpool();
                spoolFrom = held;
            }
            spool.add(result);
            held++;
        }

        /** Deletes the results still held, if any. */
        void discard() throws IOException {
            if (spool != null) {
                spool.close();
            }
        }

        /**
         * Takes what the checks across files settled after a batch: their findings wait with the others of
         * their file, a file every check that kept it has released is completed, and the held results before
         * the first file that still waits are handed on.
         */
        void settle(SpecSource files) throws IOException {
            List<String> released = new ArrayList<>();
            for (CrossFileCheck.Session session : sessions) {
                CrossFileCheck.Settled settled = session.settle(files);
                gather(settled.findings());
                released.addAll(settled.released());
            }
            for (String display : released) { // after every session's findings: one may be about another's file
                release(display);
            }
            if (spool != null) {
                long first = held;
                for (FileNotes notes : waiting.values()) {
                    first = Math.min(first, notes.held());
                }
                long ready = first - spoolFrom;
                // the results from the first that waits on go to a new spool: only when fewer than are handed on
                if (ready > 0 && held - first <= ready) {
                    handOnHeld(ready);
                }
            }
        }

        private void gather(List<Finding> findings) {
            for (Finding finding : findings) {
                across.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
            }
        }

        /** One check no longer keeps the file: when none does, its findings across files are final. */
        private void release(String display) {
            FileNotes notes = waiting.get(display);
            if (notes == null) {
                return;
            }
            if (notes.keptBy() > 1) {
                waiting.put(display, new FileNotes(notes.path(), notes.suppressions(), notes.keptBy() - 1,
                        notes.held()));
                return;
            }
            waiting.remove(display);
            FileResult more = complete(new FileResult(display, FileKind.UNKNOWN, true, new ArrayList<>(),
                    new ArrayList<>(0)), notes);
            if (!more.findings().isEmpty() || !more.suppressed().isEmpty()) {
                added.put(display, more);
            }
        }

        /**
         * Hands on the first {@code count} held results, in the order they came, each with what was added
         * to it, and keeps the others in a new spool.
         */
        private void handOnHeld(long count) throws IOException {
            FileResultSpool rest = null;
            try {
                FileResultSpool.Reader reader = spool.inOrder();
                long read = 0;
                for (FileResult result = reader.next(); result != null; result = reader.next()) {
                    if (read++ < count) {
                        listener.file(completed(result));
                    } else {
                        rest = rest != null ? rest : new FileResultSpool();
                        rest.add(result);
                    }
                }
                reader.close();
            } finally {
                spool.close();
                spool = rest; // discarded with the run if this failed
                spoolFrom += count;
            }
        }

        /** A held result with the findings across files about it, if it waited or was added to. */
        private FileResult completed(FileResult result) {
            FileNotes notes = waiting.remove(result.path());
            FileResult more = added.remove(result.path());
            if (notes == null && more == null) {
                return result;
            }
            FileResult completed = notes != null ? complete(result, notes) : result;
            List<Finding> findings = new ArrayList<>(completed.findings());
            List<Finding> suppressed = new ArrayList<>(completed.suppressed());
            if (more != null) {
                findings.addAll(more.findings());
                suppressed.addAll(more.suppressed());
            }
            return sorted(new FileResult(result.path(), result.kind(), true, findings, suppressed));
        }

        /**
         * Adds the findings across files to the files that still wait for them, and hands on every held
         * result and the findings about files that were not linted.
         */
        void finish() throws IOException {
            for (CrossFileCheck.Session session : sessions) {
                gather(session.finish());
            }
            if (spool != null) {
                handOnHeld(held - spoolFrom);
            }
            if (!across.isEmpty()) {
                handOnUnlinted(across);
            }
        }

        /** Findings across files about a file that was not linted itself, by path. */
        private void handOnUnlinted(Map<String, List<Finding>> across) throws IOException {
            for (Map.Entry<String, List<Finding>> rest : across.entrySet()) {
                List<Finding> kept = new ArrayList<>();
                List<Finding> suppressed = new ArrayList<>(0);
                for (Finding finding : rest.getValue()) {
                    review(finding, Path.of(rest.getKey()), null, kept, suppressed);
                }
                if (!kept.isEmpty()) {
                    listener.file(sorted(new FileResult(rest.getKey(), FileKind.UNKNOWN, false, kept, suppressed)));
                }
            }
        }

        /** {@code result} with the findings across files about it and the comments of it that suppressed nothing. */
        private FileResult complete(FileResult result, FileNotes notes) {
            List<Finding> kept = new ArrayList<>(result.findings());
            List<Finding> suppressed = new ArrayList<>(result.suppressed());
            List<Finding> more = across.remove(result.path());
            if (more != null) {
                for (Finding finding : more) {
                    review(finding, notes.path(), notes.suppressions(), kept, suppressed);
                }
            }
            addUnused(result.path(), notes.path(), notes.suppressions(), kept);
            return new FileResult(result.path(), result.kind(), true, kept, suppressed);
        }
    }

    private static FileResult sorted(FileResult result) {
        result.findings().sort(Finding.ORDER);
        result.suppressed().sort(Finding.ORDER);
        return result;
    }

    /** Gathers a run's results into one {@link LintReport}, for the callers that want the whole report. */
    private static final class Collected implements LintListener {
        private final List<LintedFile> files = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Finding> suppressed = new ArrayList<>();

        @Override
        public void file(FileResult result) {
            if (result.linted()) {
                files.add(new LintedFile(result.path(), result.kind()));
            }
            findings.addAll(result.findings());
            suppressed.addAll(result.suppressed());
        }

        LintReport report() {
            return new LintReport(files, findings, suppressed);
        }
    }

    private Checked check(SpecFile file, LoadedYaml yaml, FindingCollector out, List<CrossFileCheck.Session> sessions) {
        InlineSuppressions suppressions = InlineSuppressions.scan(yaml.text());
        Rules.checkReading(yaml, out);
        YamlMapping root = yaml.rootMapping();
        FileKind kind = file.forcedKind() != null && file.forcedKind() != FileKind.UNKNOWN ? file.forcedKind()
                : KindDetector.byName(file.path());
        if (kind == null) {
            kind = KindDetector.byContent(root);
        }
        SpecChecker checker = Rules.checkerFor(kind);
        Object model = root != null && checker != null ? checker.check(file, root, options, out) : null;
        int keptBy = 0;
        if (root != null && !sessions.isEmpty()) {
            // no lock: a session takes files from several threads at once (CrossFileCheck.Session.add)
            for (CrossFileCheck.Session session : sessions) {
                keptBy += session.add(file, kind, root, model, out) ? 1 : 0;
            }
        }
        FindingReview.review(file.displayPath(), kind, root, () -> yaml.text() == null ? "" : yaml.text(), options,
                out.findings());
        return new Checked(file, kind, out.findings(), suppressions, keptBy);
    }
}
