package dev.codestages.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests the {@code --platform} and {@code --bundle} options of {@link LintCommand}. */
class LintBundleOptionsTest {

    @TempDir
    Path dir;

    private final CliSession cli = new CliSession();

    @Test
    void platformOptionReadsTheAppspecAsThatPlatform() throws IOException {
        Path appspec = Files.writeString(dir.resolve("spec.yml"), "version: 0.0\nos: linux\n");
        assertThat(cli.execute("lint", "--color", "never", "--type", "appspec", appspec.toString())).isZero();
        assertThat(cli.execute("lint", "--color", "never", "--type", "appspec", "--platform", "lambda", appspec.toString()))
                .isEqualTo(1);
        assertThat(cli.out()).contains("[AS040]");
    }

    @Test
    void unknownPlatformIsAUsageError() throws IOException {
        Path appspec = Files.writeString(dir.resolve("appspec.yml"), "version: 0.0\nos: linux\n");
        assertThat(cli.execute("lint", "--platform", "server", appspec.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("unknown --platform 'server'; expected ec2, lambda or ecs");
    }

    @Test
    void bundleOptionNamesTheRootTheScriptsAreLookedUpIn() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path appspec = Files.writeString(repo.resolve("spec.yml"), """
                version: 0.0
                os: linux
                hooks:
                  ApplicationStop:
                    - location: scripts/stop.sh
                """);
        assertThat(cli.execute("lint", "--color", "never", "--type", "appspec", appspec.toString())).isZero();
        assertThat(cli.execute("lint", "--color", "never", "--type", "appspec", "--bundle", repo.toString(),
                appspec.toString())).isEqualTo(1);
        assertThat(cli.out()).contains("[BN001] hook script 'scripts/stop.sh' is not in the bundle");
    }

    @Test
    void bundleMustBeAFolder() throws IOException {
        Path appspec = Files.writeString(dir.resolve("appspec.yml"), "version: 0.0\nos: linux\n");
        assertThat(cli.execute("lint", "--bundle", appspec.toString(), appspec.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("is not a folder");
    }
}
