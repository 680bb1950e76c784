package dev.codestages.ci;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.run.BuildResult;
import dev.codestages.run.BuildRunner;
import dev.codestages.run.RunListener;
import dev.codestages.run.Trees;
import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code runBuildspec} step without Jenkins: runs a buildspec's phases in the workspace (which is
 * CODEBUILD_SRC_DIR) with CodeBuild variables from the Jenkins build, and writes the artifact zips into
 * the workspace ({@code BuildOutput.zip} for the primary artifact, {@code <identifier>.zip} for
 * secondary ones), where the step archives them.
 */
public final class WorkspaceBuild {

    /** The primary artifact's name, as CodePipeline names a build action's output by default. */
    public static final String PRIMARY_ARTIFACT = "BuildOutput";

    private WorkspaceBuild() {
    }

    /**
     * Runs the build with its log written to {@code log} as {@link LogLines}, and flushes {@code log}
     * before it returns or throws, whatever happened: a CI log stream may hold lines back (Jenkins'
     * agent-side log is delay-buffered), and the last lines, the failing command's output, matter most.
     * An interrupt stops the running command and everything it started, then is thrown on.
     *
     * @param buildspec  the buildspec, relative to the workspace
     * @param tempParent a folder for the runner's private files (Jenkins' {@code workspace@tmp}); a
     *                   fresh folder is made in it and deleted afterwards
     * @throws IOException when the buildspec path is refused, missing, or not a YAML mapping
     */
    public static BuildResult run(Path workspace, String buildspec, Path tempParent, Map<String, String> jenkinsEnv,
                                  PrintStream log) throws IOException, InterruptedException {
        try {
            return run(workspace, buildspec, tempParent, jenkinsEnv, new LogLines(log::println));
        } finally {
            log.flush();
        }
    }

    static BuildResult run(Path workspace, String buildspec, Path tempParent, Map<String, String> jenkinsEnv,
                           RunListener listener) throws IOException, InterruptedException {
        WorkspacePaths paths = new WorkspacePaths(workspace);
        Path file = paths.existingFile(buildspec);
        LoadedYaml yaml = new YamlLoader().load(file);
        if (yaml.rootMapping() == null) {
            throw new IOException("YAML_FILE_ERROR: " + buildspec + " is not a buildspec (lint it with lintSpecs)");
        }
        Path work = Files.createTempDirectory(Files.createDirectories(tempParent), "codestages-build-");
        try {
            return new BuildRunner(listener).run(new Buildspec(yaml.rootMapping()), paths.root(), work,
                    JenkinsVariables.buildSettings(jenkinsEnv), paths.root(), PRIMARY_ARTIFACT);
        } finally {
            Trees.delete(work);
        }
    }

    /**
     * The step's return value: {@code buildId}, {@code artifacts} (zip paths relative to the workspace)
     * and {@code exportedVariables}, in JDK collections that Pipeline can keep.
     */
    public static Map<String, Object> summary(BuildResult result, Path workspace) throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("buildId", result.buildId());
        summary.put("artifacts", artifacts(result, workspace));
        summary.put("exportedVariables", new LinkedHashMap<>(result.exportedVariables()));
        return summary;
    }

    /** The artifact zips written, relative to the workspace with {@code /}, for archiving. */
    public static List<String> artifacts(BuildResult result, Path workspace) throws IOException {
        WorkspacePaths paths = new WorkspacePaths(workspace);
        List<String> artifacts = new ArrayList<>();
        for (Path zip : result.artifacts()) {
            artifacts.add(paths.display(zip));
        }
        return artifacts;
    }
}
