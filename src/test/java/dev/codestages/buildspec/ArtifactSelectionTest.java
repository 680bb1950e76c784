package dev.codestages.buildspec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link ArtifactSelection}: which files of a build folder an artifact takes, under which names. */
class ArtifactSelectionTest {

    @TempDir
    Path root;

    @BeforeEach
    void buildOutput() throws IOException {
        for (String file : List.of("appspec.yml", "scripts/start.sh", "scripts/stop.sh", "target/app.jar",
                "target/classes/A.class", "target/lib/dep.jar", "docs/index.html", "README.md")) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file);
        }
    }

    private List<String> names(String yaml) throws IOException {
        String buildspec = "artifacts:\n  " + yaml.replace("\n", "\n  ");
        ArtifactDefinition definition = new Buildspec(new YamlLoader().load(buildspec.getBytes(StandardCharsets.UTF_8))
                .rootMapping()).artifacts().get(0);
        return ArtifactSelection.select(definition, root).stream().map(ArtifactSelection.Entry::name).toList();
    }

    @Test
    void doubleStarTakesEverythingAndSingleStarStaysInOneFolder() throws IOException {
        assertThat(names("files: ['**/*']")).hasSize(8);
        assertThat(names("files: ['target/*']")).containsExactly("target/app.jar");
        assertThat(names("files: ['target/**/*']"))
                .containsExactly("target/app.jar", "target/classes/A.class", "target/lib/dep.jar");
        assertThat(names("files: ['*.yml', 'scripts/*.sh']"))
                .containsExactly("appspec.yml", "scripts/start.sh", "scripts/stop.sh");
    }

    @Test
    void baseDirectoryIsStrippedFromTheNames() throws IOException {
        assertThat(names("base-directory: target\nfiles: ['**/*.jar']")).containsExactly("app.jar", "lib/dep.jar");
        assertThat(names("base-directory: 'tar*'\nfiles: ['*.jar']")).containsExactly("app.jar");
    }

    @Test
    void aBaseDirectoryRepeatedInFilesMatchesNothing() throws IOException {
        assertThat(names("base-directory: target\nfiles: ['target/app.jar']")).isEmpty();
    }

    @Test
    void discardPathsFlattensAndExcludePathsRemove() throws IOException {
        assertThat(names("files: ['target/**/*.jar']\ndiscard-paths: yes")).containsExactly("app.jar", "dep.jar");
        assertThat(names("files: ['target/**/*']\nexclude-paths: ['target/classes/**/*']"))
                .containsExactly("target/app.jar", "target/lib/dep.jar");
    }

    @Test
    void aLeadingDotSlashAndAPlainFolderNameWork() throws IOException {
        assertThat(names("files: ['./appspec.yml', scripts]"))
                .containsExactly("appspec.yml", "scripts/start.sh", "scripts/stop.sh");
    }

    @Test
    void aSymlinkLeadingOutOfTheBuildFolderIsNotTaken(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(root.resolve("leak.txt"), secret);
        assertThat(names("files: ['**/*']")).doesNotContain("leak.txt");
    }
}
