package dev.codestages.ci;

import dev.codestages.lint.LintReport;
import dev.codestages.lint.Linter;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.lint.SpecFile;
import dev.codestages.report.ReportFiles;
import dev.codestages.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code lintSpecs} step without Jenkins: lints the files and folders a comma-separated list names
 * inside a workspace and writes the SARIF report there (whole or not at all), for Warnings NG's
 * {@code recordIssues(tool: sarif(pattern: ...))}.
 */
public final class WorkspaceLint {

    private WorkspaceLint() {
    }

    /**
     * @param files  comma-separated files and folders, relative to the workspace
     * @param failOn the threshold from {@link LintVerdict#threshold}; null for never
     * @param sarif  the SARIF file to write, relative to the workspace; null or blank for none
     * @throws IOException when a path is refused or names nothing, or a file cannot be read or written
     */
    public static LintOutcome lint(Path workspace, String files, Severity failOn, String sarif) throws IOException {
        WorkspacePaths paths = new WorkspacePaths(workspace);
        List<SpecFile> specs = paths.specFiles(files);
        if (specs.isEmpty()) {
            throw new IOException("no buildspec, appspec or pipeline file found in '" + files + "'");
        }
        Path sarifFile = sarif == null || sarif.isBlank() ? null : paths.resolve(sarif);
        if (sarifFile != null && Files.isDirectory(sarifFile)) {
            throw new IOException("sarif '" + sarif + "' is a folder; name a file");
        }
        LintReport report = new Linter().lint(specs);
        if (sarifFile != null) {
            writeSarif(report, sarifFile);
        }
        return new LintOutcome(report, failOn, sarifFile == null ? null : paths.display(sarifFile));
    }

    /**
     * The findings for the files and folders named, without a verdict or SARIF; a folder without spec
     * files gives an empty report (the pipeline diagram of a bare workspace still has findings to show:
     * none).
     */
    public static LintReport report(Path workspace, String files) throws IOException {
        return new Linter().lint(new WorkspacePaths(workspace).specFiles(files));
    }

    private static void writeSarif(LintReport report, Path target) throws IOException {
        StringBuilder sarif = new StringBuilder();
        ReportFormat.SARIF.writer(false, Rules::infos, version(), null).write(report, sarif);
        Files.createDirectories(target.getParent());
        ReportFiles.writeAtomically(target, sarif);
    }

    private static String version() {
        return Optional.ofNullable(WorkspaceLint.class.getPackage().getImplementationVersion()).orElse("development");
    }
}
