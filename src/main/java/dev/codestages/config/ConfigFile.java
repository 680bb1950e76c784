package dev.codestages.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a project's configuration is: the first {@code .codestages.yml} (or {@code .yaml}) in the linted
 * path's folder or a folder above it, stopping at the repository root (the folder with {@code .git}),
 * as eslint and yamllint look for theirs. A configuration above the repository belongs to something else.
 */
public final class ConfigFile {

    /** The names looked for, in this order. */
    public static final List<String> NAMES = List.of(".codestages.yml", ".codestages.yaml");

    private ConfigFile() {
    }

    /** The configuration that applies to {@code linted} (a file or a folder), if any. */
    public static Optional<Path> find(Path linted) {
        Path folder = linted.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        for (; folder != null; folder = folder.getParent()) {
            for (String name : NAMES) {
                Path candidate = folder.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            if (Files.exists(folder.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
