package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that a source says which folders it is done with, step by step: {@link SpecFinder#walk} from its
 * stack of listings ({@link SpecSource#closed}: no later file directly in the folder; {@link
 * SpecSource#finished}: none in it or below it), {@link SpecPaths#walk} only when no later path can
 * still give a file there, and a plain source never.
 */
class SpecSourceFoldersTest {

    @TempDir
    Path temp;

    @Test
    void theWalkClosesAFolderOnceItsLastSpecFileIsGivenAndFinishesItOnceItsSubFoldersAreToo() throws IOException {
        Path root = temp.toAbsolutePath().normalize();
        write("a/appspec.yml", "a/b/buildspec.yml", "a/buildspec.yml", "a/notes.txt", "buildspec.yml",
                "z/appspec.yml");
        Path a = root.resolve("a");
        Path b = a.resolve("b");
        Path z = root.resolve("z");
        SpecSource walk = SpecFinder.walk(temp, false);

        assertThat(walk.closed(a)).as("nothing given yet").isFalse();
        assertThat(walk.closed(root.getParent())).as("no file lies directly above the walk's folder").isTrue();
        assertThat(walk.finished(root.getParent())).isFalse();

        assertThat(walk.next().path()).isEqualTo(temp.resolve("a/appspec.yml"));
        assertThat(walk.closed(a)).isFalse();
        assertThat(walk.closed(b)).as("a folder after the walk's position").isFalse();
        assertThat(walk.closed(root)).isFalse();

        assertThat(walk.next().path()).isEqualTo(temp.resolve("a/b/buildspec.yml"));
        assertThat(walk.closed(b)).isTrue();
        assertThat(walk.finished(b)).isTrue();
        assertThat(walk.closed(a)).as("a/buildspec.yml is still to come").isFalse();
        assertThat(walk.finished(a)).isFalse();

        assertThat(walk.next().path()).isEqualTo(temp.resolve("a/buildspec.yml"));
        assertThat(walk.closed(a)).as("notes.txt can never be a spec file").isTrue();
        assertThat(walk.finished(a)).isTrue();
        assertThat(walk.closed(root.resolve("a0"))).as("a folder that does not exist").isTrue();
        assertThat(walk.closed(root)).as("buildspec.yml is still to come").isFalse();
        assertThat(walk.closed(z)).isFalse();

        assertThat(walk.next().path()).isEqualTo(temp.resolve("buildspec.yml"));
        assertThat(walk.closed(root)).isTrue();
        assertThat(walk.finished(root)).as("z/ is still to come").isFalse();
        assertThat(walk.finished(b)).as("a folder sorted before the walk's position").isTrue();
        assertThat(walk.closed(z)).isFalse();

        assertThat(walk.next().path()).isEqualTo(temp.resolve("z/appspec.yml"));
        assertThat(walk.closed(z)).isTrue();
        assertThat(walk.finished(root)).isTrue();

        assertThat(walk.next()).isNull();
        assertThat(walk.finished(root.getParent())).isTrue();
    }

    @Test
    void aFolderIsNotClosedWhileALaterPathOnTheCommandLineCanStillGiveAFileInIt() throws IOException {
        Path root = temp.toAbsolutePath().normalize();
        write("app/appspec.yml", "app/sub/appspec.yml", "buildspec.yml");
        Path app = root.resolve("app");
        SpecSource walk = SpecPaths.walk(temp, List.of(Path.of("app"), Path.of("buildspec.yml")), null);

        assertThat(walk.next().displayPath()).isEqualTo("app/appspec.yml");
        assertThat(walk.closed(app)).isTrue();
        assertThat(walk.closed(root)).as("buildspec.yml, a later path, lies there").isFalse();
        assertThat(walk.finished(app)).as("app/sub is still to come").isFalse();

        assertThat(walk.next().displayPath()).isEqualTo("app/sub/appspec.yml");
        assertThat(walk.finished(app)).isTrue();
        assertThat(walk.finished(root)).isFalse();

        assertThat(walk.next().displayPath()).isEqualTo("buildspec.yml");
        assertThat(walk.closed(root)).isTrue();
        assertThat(walk.finished(root)).isTrue();
        assertThat(walk.next()).isNull();
    }

    @Test
    void aFolderIsNotDoneWhileALaterFolderOnTheCommandLineLiesAtOrAboveIt() throws IOException {
        Path root = temp.toAbsolutePath().normalize();
        write("app/appspec.yml", "buildspec.yml");
        Path app = root.resolve("app");
        SpecSource walk = SpecPaths.walk(temp, List.of(Path.of("app"), Path.of(".")), null);

        assertThat(walk.next().displayPath()).isEqualTo("app/appspec.yml");
        assertThat(walk.closed(app)).isFalse();
        assertThat(walk.finished(app)).isFalse();
        assertThat(walk.closed(root.getParent())).isTrue();
        assertThat(walk.finished(root.getParent())).isFalse();
    }

    @Test
    void aSourceThatSaysNothingIsNeverDoneWithAFolder() throws IOException {
        SpecSource plain = () -> null;

        assertThat(plain.next()).isNull();
        assertThat(plain.closed(temp.toAbsolutePath())).isFalse();
        assertThat(plain.finished(temp.toAbsolutePath())).isFalse();
    }

    private void write(String... names) throws IOException {
        for (String name : names) {
            Path file = temp.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "version: 0.2\n");
        }
    }
}
