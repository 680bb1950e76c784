package dev.codestages.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What stands in locally for what an execution would take from AWS: the git repository of each CodeCommit
 * RepositoryName ({@code run --repository NAME=PATH}; the project when a name is not given), the folder,
 * repository or zip of each other source action ({@code run --source STAGE/ACTION=PATH}), and a build
 * time limit that takes the place of every CodeBuild project's ({@code run --build-timeout}; null: the
 * project's own, else CodeBuild's default of 60 minutes).
 */
public record LocalInputs(Map<String, Path> repositories, Map<String, Path> sources, Duration buildTimeout) {

    /** Nothing given: every source is the project, every build has its project's time limit. */
    public static final LocalInputs NONE = new LocalInputs(Map.of(), Map.of(), null);

    public LocalInputs {
        repositories = Map.copyOf(repositories);
        sources = Map.copyOf(sources);
    }
}
