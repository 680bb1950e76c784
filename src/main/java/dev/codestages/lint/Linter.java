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
     * it) is final only after the last file: from it on, results wait, in memory while they are few and
     * then in a temporary file ({@link FileResultSpool}), and are handed on at the end.
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

    /** One file checked: its own findings, its suppression comments, and whether a cross-file check may add more. */
    private record Checked(SpecFile file, FileKind kind, List<Finding> findings, InlineSuppressions suppressions,
                           boolean waits) {
    }

    /** Where a file is and its suppression comments: what the findings across files need of it at the end. */
    private record FileNotes(Path path, InlineSuppressions suppressions) {
    }

    /**
     * One lint run's results on their way to the listener: each finding as the project's policy makes it
     * (dropped when its rule is off there), then set apart when a comment suppresses it; then a finding for
     * each comment of the file that suppressed nothing. A file that waits for the findings across files,
     * and every file after it, is held until {@link #finish}.
     */
    private final class Run {
        private final List<CrossFileCheck.Session> sessions;
        private final LintListener listener;
        private final Map<String, FileNotes> waiting = new HashMap<>();
        /** The results held until {@link #finish}: in memory while they fit, then in a temporary file. */
        private FileResultSpool spool;

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
            if (file.waits()) {
                waiting.put(display, new FileNotes(path, file.suppressions()));
                hold(new FileResult(display, file.kind(), true, kept, suppressed));
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
            }
            spool.add(result);
        }

        /** Deletes the results still held, if any. */
        void discard() throws IOException {
            if (spool != null) {
                spool.close();
            }
        }

        /** Adds the findings across files to the files that waited for them, and hands on every held result. */
        void finish() throws IOException {
            Map<String, List<Finding>> across = new TreeMap<>();
            for (CrossFileCheck.Session session : sessions) {
                for (Finding finding : session.finish()) {
                    across.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
                }
            }
            try {
                if (spool != null) {
                    FileResultSpool.Reader reader = spool.inOrder();
                    for (FileResult result = reader.next(); result != null; result = reader.next()) {
                        listener.file(complete(result, across));
                    }
                    reader.close();
                }
            } finally {
                if (spool != null) {
                    spool.close();
                }
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

        private FileResult complete(FileResult result, Map<String, List<Finding>> across) {
            FileNotes notes = waiting.remove(result.path());
            if (notes == null) {
                return result;
            }
            List<Finding> kept = new ArrayList<>(result.findings());
            List<Finding> suppressed = new ArrayList<>(result.suppressed());
            List<Finding> more = across.remove(result.path());
            if (more != null) {
                for (Finding finding : more) {
                    review(finding, notes.path(), notes.suppressions(), kept, suppressed);
                }
            }
            addUnused(result.path(), notes.path(), notes.suppressions(), kept);
            return sorted(new FileResult(result.path(), result.kind(), true, kept, suppressed));
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
        boolean waits = false;
        if (root != null && !sessions.isEmpty()) {
            // no lock: a session takes files from several threads at once (CrossFileCheck.Session.add)
            for (CrossFileCheck.Session session : sessions) {
                waits |= session.add(file, kind, root, model, out);
            }
        }
        FindingReview.review(file.displayPath(), kind, root, () -> yaml.text() == null ? "" : yaml.text(), options,
                out.findings());
        return new Checked(file, kind, out.findings(), suppressions, waits);
    }
}
