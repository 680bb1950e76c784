package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link ExampleBundle}: the several-files-in-one-text form of bundle rule examples. */
class ExampleBundleTest {

    @Test
    void splitsTheAppspecFromTheFilesAfterIt() {
        List<MemoryFile> files = ExampleBundle.parse("""
                version: 0.0
                os: linux
                #=== scripts/stop.sh (executable)
                #| #!/bin/bash<CR>
                #|
                #| exit 0
                #=== scripts/link.sh -> ../x.sh
                #=== buildspec.yml
                #| version: 0.2
                """, "appspec.yml");
        assertThat(files).extracting(MemoryFile::path)
                .containsExactly("appspec.yml", "scripts/stop.sh", "scripts/link.sh", "buildspec.yml");
        assertThat(new String(files.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("version: 0.0\nos: linux\n");
        assertThat(new String(files.get(1).content(), StandardCharsets.UTF_8)).isEqualTo("#!/bin/bash\r\n\nexit 0\n");
        assertThat(files.get(1).executable()).isTrue();
        assertThat(files.get(2).link()).isEqualTo("../x.sh");
        assertThat(files.get(3).executable()).isFalse();
    }

    @Test
    void aFirstMarkerLineNamesTheAppspecItself() {
        List<MemoryFile> files = ExampleBundle.parse("#=== Appspec.yml\nversion: 0.0\n", "appspec.yml");
        assertThat(files).extracting(MemoryFile::path).containsExactly("Appspec.yml");
        assertThat(new String(files.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("#=== Appspec.yml\nversion: 0.0\n");
    }
}
