package dev.codestages.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a report file whole or not at all: into a temporary file beside it, then moved into place,
 * so a failed run never leaves half a report, and a link at the target is replaced, not written through.
 * The temporary file is made as any new file (mode 0666 less the umask, like the shell's {@code >}), not
 * private as {@code createTempFile} makes it; text that UTF-8 cannot hold (a lone surrogate from a YAML
 * escape) is written as {@code ?}, as on standard output.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static void writeAtomically(Path target, CharSequence content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                out.write(content.toString().getBytes(StandardCharsets.UTF_8));
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // callers say "cannot write TARGET: <this>"; the temporary file beside it means nothing to the user
            throw new IOException(reason(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException problem && problem.getReason() != null) {
            return problem.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
