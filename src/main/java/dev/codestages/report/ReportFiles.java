package dev.codestages.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
        try (Pending file = open(target)) {
            file.writer().append(content);
            file.commit();
        }
    }

    /**
     * Starts writing {@code target}: the text written to {@link Pending#writer} goes to a temporary file
     * beside it, which {@link Pending#commit} moves into place; closed without a commit, it is deleted.
     */
    public static Pending open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        try {
            OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // an OutputStreamWriter replaces what UTF-8 cannot hold with '?', as String.getBytes did
            return new Pending(absolute, temp, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    1 << 16));
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new IOException(reason(e), e);
        }
    }

    /** A report file being written; see {@link #open}. */
    public static final class Pending implements Closeable {
        private final Path target;
        private final Path temp;
        private final Writer writer;
        private boolean open = true;

        private Pending(Path target, Path temp, Writer writer) {
            this.target = target;
            this.temp = temp;
            this.writer = writer;
        }

        public Writer writer() {
            return writer;
        }

        /** Moves the file into place. */
        public void commit() throws IOException {
            try {
                open = false;
                writer.close();
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // callers say "cannot write TARGET: <this>"; the temporary file beside it means nothing to the user
                throw new IOException(reason(e), e);
            }
        }

        /** Deletes the temporary file unless it was moved into place. */
        @Override
        public void close() throws IOException {
            if (open) {
                open = false;
                try {
                    writer.close();
                } catch (IOException e) {
                    // the file is deleted anyway
                }
            }
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
