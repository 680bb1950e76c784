package dev.codestages.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link ArtifactZipPath}: pipeline artifact names that would lead out of the store are refused. */
class ArtifactZipPathTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"../out", "a/b", "..", "", "name with space"})
    void aNameThatIsNoIdentifierIsRefused(String name) {
        assertThatThrownBy(() -> ArtifactZipPath.of(temp.resolve("store"), name)).isInstanceOf(IOException.class)
                .hasMessageContaining("artifact name '" + name + "' is not a valid identifier");
    }

    @Test
    void anIdentifierIsAZipInTheStore() throws IOException {
        assertThat(ArtifactZipPath.of(temp.resolve("store"), "Source-Output_1"))
                .isEqualTo(temp.resolve("store/Source-Output_1.zip"));
    }

    @Test
    void aLinkInPlaceOfTheZipIsNotWrittenThrough() throws IOException {
        Path store = Files.createDirectories(temp.resolve("store"));
        Files.createSymbolicLink(store.resolve("SourceOutput.zip"), temp.resolve("elsewhere.zip"));
        assertThatThrownBy(() -> ArtifactZipPath.of(store, "SourceOutput")).isInstanceOf(IOException.class)
                .hasMessageContaining("through a symbolic link");
    }
}
