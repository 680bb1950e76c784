package dev.codestages.cli;

import dev.codestages.engine.LocalInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of {@code run} that give local stand-ins for what an execution takes from AWS:
 * {@code --repository NAME=PATH} (the git repository of a CodeCommit RepositoryName),
 * {@code --source STAGE/ACTION=PATH} (the folder, git repository or zip of any source action) and
 * {@code --build-timeout DURATION} (every build's time limit, in place of its project's).
 */
final class LocalInputOptions {

    @Option(names = "--repository", paramLabel = "NAME=PATH", description = "the local git repository of CodeCommit repository NAME (default: the project)")
    private List<String> repositories = List.of();

    @Option(names = "--source", paramLabel = "STAGE/ACTION=PATH", description = "the folder, git repository or zip a source action takes (GitHub, CodeStarSourceConnection, S3, ECR; the first source defaults to the project)")
    private List<String> sources = List.of();

    @Option(names = "--build-timeout", paramLabel = "DURATION", description = "stop every build after DURATION (90s, 5m, 1h, PT5M; a bare number is minutes) instead of its project's TimeoutInMinutes (default 60 minutes)")
    private String buildTimeout;

    /**
     * The stand-ins, paths made absolute against the working folder.
     *
     * @throws IllegalArgumentException when a pair is malformed, a path does not exist or a duration cannot be read
     */
    LocalInputs inputs() {
        Map<String, Path> repositoryPaths = new LinkedHashMap<>();
        RunCommand.pairs("--repository", repositories, "NAME=PATH")
                .forEach((name, path) -> repositoryPaths.put(name, existing("--repository", name, path)));
        Map<String, Path> sourcePaths = new LinkedHashMap<>();
        RunCommand.pairs("--source", sources, "STAGE/ACTION=PATH").forEach((step, path) -> {
            if (!step.contains("/")) {
                throw new IllegalArgumentException("--source takes STAGE/ACTION=PATH, got '" + step + "=" + path + "'");
            }
            sourcePaths.put(step, existing("--source", step, path));
        });
        return new LocalInputs(repositoryPaths, sourcePaths, buildTimeout == null ? null : duration(buildTimeout));
    }

    private static Path existing(String option, String key, String path) {
        Path resolved = Path.of(path).toAbsolutePath().normalize();
        if (!Files.exists(resolved)) {
            throw new IllegalArgumentException(option + " " + key + "=" + path + ": no such file or folder");
        }
        return resolved;
    }

    /** {@code 90s}, {@code 5m}, {@code 2h}, ISO-8601 ({@code PT5M}), or a bare number of minutes. */
    static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } else if (value.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            } else if (value.endsWith("s")) {
                duration = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            } else if (value.endsWith("h")) {
                duration = Duration.ofHours(Long.parseLong(value.substring(0, value.length() - 1)));
            } else {
                duration = Duration.ofMinutes(Long.parseLong(value));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("--build-timeout takes a duration such as 90s, 5m, 1h or PT5M, got '"
                    + text + "'");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("--build-timeout must be longer than zero, got '" + text + "'");
        }
        return duration;
    }
}
