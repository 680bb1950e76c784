package dev.codestages.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.lint.Finding;
import dev.codestages.lint.Linter;
import dev.codestages.lint.SpecFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests which buildspecs {@link BundleCheck} checks an AppSpec against, whatever the order of the files. */
class PairingTest {

    private static final String APPSPEC = """
            version: 0.0
            os: linux
            hooks:
              ApplicationStop:
                - location: scripts/stop.sh
            """;
    private static final String BUILDSPEC = """
            version: 0.2
            phases:
              build:
                commands:
                  - make
            artifacts:
              files:
                - appspec.yml
            """;

    @TempDir
    Path dir;

    private List<String> lint(Path... files) throws IOException {
        List<SpecFile> specs = java.util.Arrays.stream(files).map(SpecFile::of).toList();
        return new Linter().lint(specs).findings().stream().map(Finding::rule).toList();
    }

    private Path bundle(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("scripts"));
        Files.writeString(folder.resolve("scripts/stop.sh"), "#!/bin/sh\n");
        folder.resolve("scripts/stop.sh").toFile().setExecutable(true);
        return Files.writeString(folder.resolve("appspec.yml"), APPSPEC);
    }

    @Test
    void checksAnAppspecAgainstTheBuildspecInItsFolderInEitherOrder() throws IOException {
        Path appspec = bundle(dir);
        Path buildspec = Files.writeString(dir.resolve("buildspec.yml"), BUILDSPEC);
        // the artifact that carries the AppSpec is its bundle: the script it leaves out is missing there (BN001)
        assertThat(lint(buildspec, appspec)).containsExactlyInAnyOrder("BN001", "BN012");
        assertThat(lint(appspec, buildspec)).containsExactlyInAnyOrder("BN001", "BN012");
    }

    @Test
    void checksAnAppspecInASubfolderAgainstTheBuildspecAbove() throws IOException {
        Path appspec = bundle(dir.resolve("deploy"));
        Path buildspec = Files.writeString(dir.resolve("buildspec.yml"), BUILDSPEC);
        assertThat(lint(buildspec, appspec)).containsExactly("BN011");
    }

    @Test
    void ignoresABuildspecInASiblingFolder() throws IOException {
        Path appspec = bundle(dir.resolve("deploy"));
        Path buildspec = Files.writeString(Files.createDirectories(dir.resolve("build")).resolve("buildspec.yml"),
                BUILDSPEC);
        assertThat(lint(buildspec, appspec)).isEmpty();
    }

    @Test
    void aFilesSourceTheBuildPacksIsNotReportedMissing() throws IOException {
        Path appspec = Files.writeString(dir.resolve("appspec.yml"), """
                version: 0.0
                os: linux
                files:
                  - source: target/app.jar
                    destination: /opt/app
                """);
        assertThat(lint(appspec)).containsExactly("BN007");
        Path buildspec = Files.writeString(dir.resolve("buildspec.yml"), BUILDSPEC + "    - target/*.jar\n");
        assertThat(lint(appspec, buildspec)).isEmpty();
    }
}
