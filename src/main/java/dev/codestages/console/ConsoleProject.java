package dev.codestages.console;

import dev.codestages.engine.ExecutionEngine;
import dev.codestages.engine.ExecutionSetup;
import dev.codestages.engine.ExecutionStore;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.config.ConfigException;
import dev.codestages.config.ConfigFile;
import dev.codestages.config.ConfigReader;
import dev.codestages.config.ProjectConfig;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.LintReport;
import dev.codestages.lint.Linter;
import dev.codestages.lint.PlaceholderPolicy;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project a console shows: the folder (a git repository, CodeCommit's stand-in), the pipeline file if
 * one was named (else the folder's implicit pipeline), and the store its executions live in. An execution
 * released from the page is started with the same setup {@code codestages run DIR} would use: HEAD, the
 * instance folder under the store, rollback on.
 */
public record ConsoleProject(Path folder, Path pipelineFile, Path storeDir) {

    public ConsoleProject {
        folder = folder.toAbsolutePath().normalize();
        pipelineFile = pipelineFile == null ? null : pipelineFile.toAbsolutePath().normalize();
        storeDir = storeDir.toAbsolutePath().normalize();
    }

    /** The project in {@code folder} with its store in {@code folder/.codestages}, as {@code run} keeps it. */
    public static ConsoleProject in(Path folder) {
        return new ConsoleProject(folder, null, folder.resolve(".codestages"));
    }

    public ExecutionStore store() {
        return new ExecutionStore(storeDir);
    }

    /** What "Release change" starts an execution with. */
    ExecutionSetup setup() {
        return ExecutionSetup.forProject(folder, pipelineFile, storeDir);
    }

    /**
     * The lint findings of the project's specs as {@code codestages lint DIR} finds them: the files found in
     * the folder, the configuration file's ignores, rule settings, platform, bundle and placeholders applied.
     *
     * @throws IOException when a file or the configuration cannot be read, or the configuration is invalid
     */
    LintReport lint() throws IOException {
        ProjectConfig config = null;
        Optional<Path> file = ConfigFile.find(folder);
        if (file.isPresent()) {
            try {
                config = ConfigReader.read(file.get(), folder.relativize(file.get()).toString());
            } catch (ConfigException e) {
                throw new IOException("invalid configuration:\n" + e.getMessage(), e);
            }
        }
        List<SpecFile> files = new ArrayList<>();
        for (SpecFile spec : SpecFinder.find(folder)) {
            // named as from the project folder, as 'codestages lint' run there names them
            files.add(new SpecFile(spec.path(), folder.relativize(spec.path().toAbsolutePath().normalize()).toString(),
                    spec.forcedKind()));
        }
        if (config == null) {
            return new Linter().lint(files);
        }
        ProjectConfig project = config;
        files.removeIf(spec -> project.ignores(spec.path()));
        return new Linter(new LintOptions(project.platform(), project.bundle(), project,
                project.placeholders() == null ? null : PlaceholderPolicy.fromLabel(project.placeholders()))).lint(files);
    }

    /** The pipeline as it is now in the project. */
    Pipeline pipeline() throws IOException {
        return ExecutionEngine.read(setup());
    }
}
