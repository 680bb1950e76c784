package dev.codestages.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether some process still holds a file open, read from Linux's {@code /proc/<pid>/fd} links (where there is
 * no {@code /proc}, nothing is known to hold anything). This JVM's own descriptors do not count: it reads the
 * files it asks about.
 */
final class OpenFiles {

    private static final Path PROC = Path.of("/proc");
    private static final long POLL_NANOS = 100_000_000L;

    private OpenFiles() {
    }

    /**
     * Waits until no process holds {@code first} or {@code second} open, or {@code deadline} ({@link System#nanoTime})
     * has passed; returns 0 when both are closed, else 1 or 2 for the one still held open.
     */
    static int waitUntilClosed(Path first, Path second, long deadline) throws InterruptedException {
        while (true) {
            int open = heldOpen(first) ? 1 : heldOpen(second) ? 2 : 0;
            if (open == 0 || System.nanoTime() - deadline >= 0) {
                return open;
            }
            Thread.sleep(POLL_NANOS / 1_000_000);
        }
    }

    /** True when a process other than this JVM has {@code file} open. */
    static boolean heldOpen(Path file) {
        if (file == null || !Files.isDirectory(PROC)) {
            return false;
        }
        Path target = file.toAbsolutePath().normalize();
        String self = String.valueOf(ProcessHandle.current().pid());
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                if (!process.getFileName().toString().equals(self) && holds(process, target)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean holds(Path process, Path target) {
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path descriptor : descriptors) {
                try {
                    if (Files.readSymbolicLink(descriptor).equals(target)) {
                        return true;
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException | SecurityException e) {
            // gone, or another user's process: not one we started
        }
        return false;
    }
}
