package dev.codestages.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.bundle.rules.ArtifactsMissAppspecRule;
import dev.codestages.bundle.rules.ArtifactsMissNeedsRule;
import dev.codestages.bundle.rules.SourceMissingRule;
import dev.codestages.lint.CrossFileCheck;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.FindingCollector;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.MemoryFile;
import dev.codestages.lint.Rules;
import dev.codestages.lint.SpecFile;
import dev.codestages.lint.SpecSource;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that the bundle check's session settles an EC2 AppSpec, with the findings its end would give, once
 * the source has closed every folder down to the AppSpec's, and lets a buildspec go once its folder is
 * finished and no AppSpec that has not settled lies in it or below it; and that it then keeps neither.
 */
class BundleSettleTest {

    private static final String EC2_APPSPEC = "version: 0.0\nos: linux\n";
    private static final String WITH_ARTIFACTS = "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n"
            + "artifacts:\n  files:\n    - target/app.jar\n";

    private final BundleCheck check = new BundleCheck(List.of(),
            List.of(new SourceMissingRule(), new ArtifactsMissAppspecRule(), new ArtifactsMissNeedsRule()));

    @TempDir
    Path temp;

    @Test
    void anAppspecSettlesOnceEveryFolderDownToItsOwnIsClosedAndABuildspecGoesOnceItsFolderIsFinished()
            throws IOException {
        Path root = temp.toAbsolutePath().normalize();
        Path app = root.resolve("app");
        Path other = root.resolve("other");
        List<SpecFile> files = List.of(write("app/appspec.yml", EC2_APPSPEC),
                write("app/buildspec.yml", WITH_ARTIFACTS), write("other/buildspec.yml", WITH_ARTIFACTS),
                write("buildspec.yml", WITH_ARTIFACTS));
        CrossFileCheck.Session atTheEnd = session(files);
        CrossFileCheck.Session settling = session(files);
        List<?> expected = atTheEnd.finish();

        CrossFileCheck.Settled none = settling.settle(source(Set.of(app, other), Set.of(other)));
        assertThat(none.findings()).as("the root folder may still get a buildspec").isEmpty();
        assertThat(none.released()).containsExactly(display("other/buildspec.yml"));

        CrossFileCheck.Settled appspec = settling.settle(source(Set.of(app, other, root), Set.of(other)));
        assertThat(appspec.findings()).isNotEmpty().isEqualTo(expected);
        assertThat(appspec.released()).containsExactly(display("app/appspec.yml"));

        CrossFileCheck.Settled buildspecs = settling.settle(source(Set.of(app, other, root),
                Set.of(app, other, root)));
        assertThat(buildspecs.findings()).isEmpty();
        assertThat(buildspecs.released())
                .containsExactlyInAnyOrder(display("app/buildspec.yml"), display("buildspec.yml"));
        assertThat(settling.finish()).as("nothing is kept once settled").isEmpty();
    }

    @Test
    void aBuildspecStaysWhileAnAppspecBelowItHasNotSettledThoughItsFolderIsFinished() throws IOException {
        Path root = temp.toAbsolutePath().normalize();
        CrossFileCheck.Session settling = session(List.of(write("app/deploy/appspec.yml", EC2_APPSPEC),
                write("app/buildspec.yml", WITH_ARTIFACTS)));

        Path app = root.resolve("app");
        CrossFileCheck.Settled settled = settling.settle(source(Set.of(app), Set.of(app)));

        assertThat(settled.released()).as("the AppSpec's own folder is not closed").isEmpty();
        assertThat(settling.finish()).extracting(f -> f.rule()).contains("BN011");
    }

    @Test
    void aRuleExampleInMemorySettlesOnlyAtTheEnd() {
        List<MemoryFile> memory = List.of(
                new MemoryFile("appspec.yml", EC2_APPSPEC.getBytes(StandardCharsets.UTF_8), false, null),
                new MemoryFile("buildspec.yml", WITH_ARTIFACTS.getBytes(StandardCharsets.UTF_8), false, null));
        CrossFileCheck.Session session = check.start(LintOptions.DEFAULT, memory);
        for (MemoryFile file : memory) {
            SpecFile spec = new SpecFile(Path.of(file.path()), file.path(), null);
            add(session, spec, file.path().startsWith("app") ? FileKind.APPSPEC : FileKind.BUILDSPEC,
                    new YamlLoader().load(file.content()).rootMapping());
        }

        CrossFileCheck.Settled settled = session.settle(new SpecSource() {
            @Override
            public SpecFile next() {
                return null;
            }

            @Override
            public boolean closed(Path folder) {
                return true;
            }

            @Override
            public boolean finished(Path folder) {
                return true;
            }
        });

        assertThat(settled.findings()).isEmpty();
        assertThat(settled.released()).isEmpty();
        assertThat(session.finish()).extracting(f -> f.rule()).contains("BN011");
    }

    private CrossFileCheck.Session session(List<SpecFile> files) throws IOException {
        CrossFileCheck.Session session = check.start(LintOptions.DEFAULT, null);
        YamlLoader loader = new YamlLoader();
        for (SpecFile file : files) {
            FileKind kind = file.path().getFileName().toString().startsWith("app")
                    ? FileKind.APPSPEC : FileKind.BUILDSPEC;
            add(session, file, kind, loader.load(file.path()).rootMapping());
        }
        return session;
    }

    private SpecFile write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return SpecFile.of(Files.writeString(file, content));
    }

    private String display(String name) {
        return temp.resolve(name).toString();
    }

    /** A source past its last file that has closed and finished the folders given (and those above the tree). */
    private SpecSource source(Set<Path> closed, Set<Path> finished) {
        Path root = temp.toAbsolutePath().normalize();
        return new SpecSource() {
            @Override
            public SpecFile next() {
                return null;
            }

            @Override
            public boolean closed(Path folder) {
                return !folder.startsWith(root) || closed.contains(folder) || finished(folder);
            }

            @Override
            public boolean finished(Path folder) {
                return finished.contains(folder);
            }
        };
    }

    /** Adds a file to the session with the model its checker builds, as the linter does. */
    private static void add(CrossFileCheck.Session session, SpecFile file, FileKind kind, YamlMapping root) {
        FindingCollector out = new FindingCollector(file.displayPath());
        Object model = Rules.checkerFor(kind).check(file, root, LintOptions.DEFAULT, out);
        session.add(file, kind, root, model, out);
    }
}
