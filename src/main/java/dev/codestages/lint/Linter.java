package dev.codestages.lint;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files in, report out: loads each file, tells its kind, runs the checker for that kind and gathers
 * the findings, then runs the checks across files ({@link CrossFileCheck}). One instance can lint any
 * number of files in one JVM; no file's tree outlives its own checks, so memory stays flat in the
 * number of files. The project's {@link LintOptions.FindingPolicy} and each file's
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
        Map<String, FileNotes> notes = new ConcurrentHashMap<>();
        List<CrossFileCheck.Session> sessions = Rules.startCrossChecks(options, null);
        LintedFile[] linted = new LintedFile[files.size()];
        List<List<Finding>> perFile = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
        int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        if (files.size() < PARALLEL_FROM || threads < 2) {
            for (int i = 0; i < files.size(); i++) {
                lintInto(files, i, sessions, linted, perFile, notes);
            }
        } else {
            lintInParallel(files, threads, sessions, linted, perFile, notes);
        }
        List<Finding> findings = new ArrayList<>();
        perFile.forEach(findings::addAll);
        for (CrossFileCheck.Session session : sessions) {
            findings.addAll(session.finish());
        }
        return finish(java.util.Arrays.asList(linted), findings, notes);
    }

    /** Lints {@code content} as {@code file} (standard input, named by {@code --stdin-filename}). */
    public Linter withContent(SpecFile file, byte[] content) {
        given.put(file, content);
        return this;
    }

    /** Files are independent until the cross-file checks, which see them one at a time under a lock. */
    private static final int PARALLEL_FROM = 16;
    private static final int MAX_THREADS = 4;

    private void lintInto(List<SpecFile> files, int index, List<CrossFileCheck.Session> sessions,
                          LintedFile[] linted, List<List<Finding>> perFile, Map<String, FileNotes> notes)
            throws IOException {
        SpecFile file = files.get(index);
        FindingCollector out = new FindingCollector(file.displayPath());
        byte[] content = given.get(file);
        linted[index] = check(file, content != null ? loader.load(content) : loader.load(file.path()), out, sessions,
                notes);
        perFile.set(index, out.findings());
    }

    /**
     * Lints on several threads (a linter spends its time in the CPU, and the findings are sorted at the
     * end anyway); the first failure, in file order, is thrown as the sequential run would throw it.
     */
    private void lintInParallel(List<SpecFile> files, int threads, List<CrossFileCheck.Session> sessions,
                                LintedFile[] linted, List<List<Finding>> perFile, Map<String, FileNotes> notes)
            throws IOException {
        IOException[] failures = new IOException[files.size()];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        RuntimeException[] crashes = new RuntimeException[1];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try {
                        lintInto(files, i, sessions, linted, perFile, notes);
                    } catch (IOException e) {
                        failures[i] = e;
                    } catch (RuntimeException e) {
                        synchronized (crashes) {
                            crashes[0] = crashes[0] == null ? e : crashes[0];
                        }
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
        if (crashes[0] != null) {
            throw crashes[0];
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
        FindingCollector out = new FindingCollector(name);
        Map<String, FileNotes> notes = new ConcurrentHashMap<>();
        LintedFile linted = check(file, loader.load(content), out, List.of(), notes);
        return finish(List.of(linted), out.findings(), notes);
    }

    /**
     * Lints a bundle that exists only in memory, such as a rule's example: the first file as
     * {@code firstKind}, the others when their names make them spec files; every file is part of the
     * bundle the cross-file checks see, and nothing on disk is looked at.
     */
    public LintReport lintMemory(List<MemoryFile> files, FileKind firstKind) {
        Map<String, FileNotes> notes = new ConcurrentHashMap<>();
        List<CrossFileCheck.Session> sessions = Rules.startCrossChecks(options, files);
        List<LintedFile> linted = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MemoryFile memory = files.get(i);
            Path path = Path.of(memory.path());
            if (i > 0 && KindDetector.byName(path) == null) {
                continue;
            }
            SpecFile file = new SpecFile(path, memory.path(), i == 0 ? firstKind : null);
            FindingCollector out = new FindingCollector(memory.path());
            linted.add(check(file, loader.load(memory.content()), out, sessions, notes));
            findings.addAll(out.findings());
        }
        for (CrossFileCheck.Session session : sessions) {
            findings.addAll(session.finish());
        }
        return finish(linted, findings, notes);
    }

    /**
     * The report: each finding as the project's policy makes it (dropped when its rule is off there),
     * then set apart when a comment suppresses it; then a finding for each comment that suppressed nothing.
     */
    private LintReport finish(List<LintedFile> linted, List<Finding> found, Map<String, FileNotes> notes) {
        List<Finding> kept = new ArrayList<>(found.size());
        List<Finding> suppressed = new ArrayList<>();
        for (Finding finding : found) {
            FileNotes note = notes.get(finding.file());
            Finding adjusted = options.policy().apply(finding, note != null ? note.path() : Path.of(finding.file()));
            if (adjusted == null) {
                continue;
            }
            if (note != null && note.suppressions() != null && note.suppressions().suppresses(adjusted)) {
                suppressed.add(adjusted);
            } else {
                kept.add(adjusted);
            }
        }
        for (Map.Entry<String, FileNotes> note : notes.entrySet()) {
            if (note.getValue().suppressions() != null) {
                for (Finding unused : note.getValue().suppressions().unused(note.getKey())) {
                    Finding adjusted = options.policy().apply(unused, note.getValue().path());
                    if (adjusted != null) {
                        kept.add(adjusted);
                    }
                }
            }
        }
        return new LintReport(linted, kept, suppressed);
    }

    /** What {@link #finish} needs to know of a linted file: where it is, and its suppression comments. */
    private record FileNotes(Path path, InlineSuppressions suppressions) {
    }

    private LintedFile check(SpecFile file, LoadedYaml yaml, FindingCollector out,
                             List<CrossFileCheck.Session> sessions, Map<String, FileNotes> notes) {
        notes.put(file.displayPath(), new FileNotes(file.path(), InlineSuppressions.scan(yaml.text())));
        Rules.checkReading(yaml, out);
        YamlMapping root = yaml.rootMapping();
        FileKind kind = file.forcedKind() != null && file.forcedKind() != FileKind.UNKNOWN ? file.forcedKind()
                : KindDetector.byName(file.path());
        if (kind == null) {
            kind = KindDetector.byContent(root);
        }
        SpecChecker checker = Rules.checkerFor(kind);
        if (root != null && checker != null) {
            checker.check(file, root, options, out);
        }
        if (root != null && !sessions.isEmpty()) {
            synchronized (sessions) {
                for (CrossFileCheck.Session session : sessions) {
                    session.add(file, kind, root, out);
                }
            }
        }
        FindingReview.review(file.displayPath(), kind, root, () -> yaml.text() == null ? "" : yaml.text(), options,
                out.findings());
        return new LintedFile(file.displayPath(), kind);
    }
}
