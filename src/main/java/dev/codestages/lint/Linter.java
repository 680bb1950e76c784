package dev.codestages.lint;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Files in, report out: loads each file, tells its kind, runs the checker for that kind and gathers
 * the findings. One instance can lint any number of files in one JVM; it holds no state between files,
 * so memory stays flat in the number of files.
 */
public final class Linter {

    private final YamlLoader loader;

    public Linter() {
        this(new YamlLoader());
    }

    public Linter(YamlLoader loader) {
        this.loader = loader;
    }

    /**
     * Lints every file.
     *
     * @throws IOException when a file cannot be read at all (missing, a folder, no permission)
     */
    public LintReport lint(List<SpecFile> files) throws IOException {
        List<LintedFile> linted = new ArrayList<>(files.size());
        List<Finding> findings = new ArrayList<>();
        for (SpecFile file : files) {
            FindingCollector out = new FindingCollector(file.displayPath());
            linted.add(lintOne(file, out));
            findings.addAll(out.findings());
        }
        return new LintReport(linted, findings);
    }

    /** Lints one file into {@code out} and returns what it was. */
    public LintedFile lintOne(SpecFile file, FindingCollector out) throws IOException {
        return check(file, loader.load(file.path()), out);
    }

    /**
     * Lints text that is not on disk (a rule's example, a Jenkins step's inline spec). The name is used
     * for findings and, unless {@code kind} is given, to tell the kind.
     */
    public LintReport lintBytes(String name, byte[] content, FileKind kind) {
        SpecFile file = new SpecFile(java.nio.file.Path.of(name), name, kind);
        FindingCollector out = new FindingCollector(name);
        LintedFile linted = check(file, loader.load(content), out);
        return new LintReport(List.of(linted), out.findings());
    }

    private LintedFile check(SpecFile file, LoadedYaml yaml, FindingCollector out) {
        for (YamlProblem problem : yaml.problems()) {
            out.findings().add(YamlRules.toFinding(problem, file.displayPath()));
        }
        YamlMapping root = yaml.rootMapping();
        FileKind kind = file.forcedKind() != null ? file.forcedKind() : KindDetector.byName(file.path());
        if (kind == null) {
            kind = KindDetector.byContent(root);
        }
        SpecChecker checker = Rules.checkerFor(kind);
        if (root != null && checker != null) {
            checker.check(root, out);
        }
        return new LintedFile(file.displayPath(), kind);
    }
}
