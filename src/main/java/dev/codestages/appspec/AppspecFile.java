package dev.codestages.appspec;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.Rules;
import dev.codestages.lint.Severity;
import dev.codestages.lint.SpecFile;
import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and reads the AppSpec at the root of a revision for a deployment: the names CodeDeploy looks for on
 * the platform ({@link AppspecFileNames}), and the file refused with the linter's errors when it has any, so
 * a player only ever sees an AppSpec that CodeDeploy accepts.
 */
public final class AppspecFile {

    private AppspecFile() {
    }

    /** The AppSpec of an unpacked revision under the names of {@code platform}, in the order looked for. */
    public static Optional<Path> find(Path revision, Platform platform) {
        for (String name : AppspecFileNames.of(platform)) {
            Path file = revision.resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The platform the AppSpec of {@code revision} is written for, read from its content; empty without one. */
    public static Optional<Platform> platformOf(Path revision) throws IOException {
        Optional<Path> file = find(revision, Platform.LAMBDA);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping root = new YamlLoader().load(file.get()).rootMapping();
        return root == null ? Optional.empty() : Optional.of(Platform.detect(root));
    }

    /**
     * Reads a Lambda or ECS AppSpec of an unpacked revision, as the CodeDeploy service does.
     *
     * @throws IOException with the service's message when the revision has none
     * @throws AppspecRejectedException when the linter finds an error in it
     */
    public static Appspec readService(Path revision, Platform platform) throws IOException {
        Optional<Path> file = find(revision, platform);
        if (file.isEmpty()) {
            // the service's message (reference/appspec.md 4.5)
            throw new IOException("An AppSpec file is required, but could not be found in the revision");
        }
        return read(file.get(), file.get().getFileName().toString(), platform);
    }

    /** Reads and lints one AppSpec file as {@code platform}; refuses it when the linter finds an error. */
    static Appspec read(Path file, String name, Platform platform) throws IOException {
        LoadedYaml yaml = new YamlLoader().load(file);
        FindingCollector out = new FindingCollector(name);
        Rules.checkReading(yaml, out);
        YamlMapping root = yaml.rootMapping();
        if (root != null) {
            Rules.checkerFor(FileKind.APPSPEC).check(new SpecFile(file, name, null), root,
                    new LintOptions(platform.label(), null), out);
        }
        List<Finding> errors = new ArrayList<>();
        for (Finding finding : out.findings()) {
            if (finding.severity() == Severity.ERROR) {
                errors.add(finding);
            }
        }
        errors.sort(Finding.ORDER);
        if (!errors.isEmpty()) {
            throw new AppspecRejectedException(name, errors);
        }
        if (root == null) {
            throw new IOException("the application specification file " + name + " is not a mapping");
        }
        return new Appspec(root, platform);
    }
}
