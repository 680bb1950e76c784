package dev.codestages;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Whether a program a test needs (python3, node, java) is on this machine's PATH, for assumeTrue. */
public final class LocalPrograms {

    private LocalPrograms() {
    }

    public static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }
}
