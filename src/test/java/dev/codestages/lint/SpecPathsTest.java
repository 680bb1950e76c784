package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paths the report shows for the files found in a folder: as the user named the folder. */
class SpecPathsTest {

    @TempDir
    Path work;

    @BeforeEach
    void tree() throws IOException {
        Files.createDirectories(work.resolve("sub/deep"));
        Files.writeString(work.resolve("sub/buildspec.yml"), "version: 0.2\n");
        Files.writeString(work.resolve("sub/deep/appspec.yml"), "version: 0.0\nos: linux\n");
    }

    private List<String> shown(String... named) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String name : named) {
            paths.add(Path.of(name));
        }
        SpecSource source = SpecPaths.walk(work, paths, null);
        List<String> displays = new ArrayList<>();
        for (SpecFile file = source.next(); file != null; file = source.next()) {
            displays.add(file.displayPath());
        }
        return displays;
    }

    @Test
    void aFolderNamedPlainlyPrefixesItsFiles() throws IOException {
        assertThat(shown("sub")).containsExactly("sub/buildspec.yml", "sub/deep/appspec.yml");
    }

    @Test
    void theCurrentFolderShowsBarePaths() throws IOException {
        assertThat(shown(".")).containsExactly("sub/buildspec.yml", "sub/deep/appspec.yml");
    }

    @Test
    void aFolderKeepsTheFormTheUserTyped() throws IOException {
        assertThat(shown("./sub")).containsExactly("./sub/buildspec.yml", "./sub/deep/appspec.yml");
        assertThat(shown("sub/")).containsExactly("sub/buildspec.yml", "sub/deep/appspec.yml");
        assertThat(shown("sub/deep/../deep")).containsExactly("sub/deep/../deep/appspec.yml");
    }

    @Test
    void anAbsoluteFolderShowsAbsolutePaths() throws IOException {
        String root = work.resolve("sub").toString().replace('\\', '/');
        assertThat(shown(work.resolve("sub").toString()))
                .containsExactly(root + "/buildspec.yml", root + "/deep/appspec.yml");
    }
}
