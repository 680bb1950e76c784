package dev.codestages.cli;

import dev.codestages.report.ReportFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code -o/--output FILE} option of the commands that print a report or a drawing, and where the
 * text goes: standard output, or the file, written whole or not at all ({@link ReportFiles}).
 */
final class OutputOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE (whole or not at all) instead of standard output")
    private Path file;

    /** The file given, or null for standard output. */
    Path file() {
        return file;
    }

    /**
     * Fails when the file is one of {@code inputs} (relative to {@code workingDirectory}): the report
     * would replace the very file it is about.
     */
    void refuseInputs(List<Path> inputs, Path workingDirectory) throws UsageError {
        if (file == null || !Files.exists(workingDirectory.resolve(file))) {
            return;
        }
        for (Path input : inputs) {
            try {
                if (Files.isSameFile(workingDirectory.resolve(file), workingDirectory.resolve(input))) {
                    throw new UsageError("-o " + file + " is a file to lint; writing the report there would replace it");
                }
            } catch (IOException e) {
                // an input that does not exist is reported as such by the linter
            }
        }
    }

    /** Prints {@code text}, or writes it to the file, relative to {@code workingDirectory}. */
    void write(String text, PrintWriter out, Path workingDirectory) throws IOException {
        if (file == null) {
            out.print(text);
            out.flush();
        } else {
            ReportFiles.writeAtomically(workingDirectory.resolve(file), text);
        }
    }
}
