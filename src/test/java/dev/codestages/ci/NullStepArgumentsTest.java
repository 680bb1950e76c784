package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that a null path (a Groovy {@code null} that reached the agent) is a clear refusal of the library's
 * step entry points, never a NullPointerException in the build log. The plugin's setters turn null into
 * the default before that; these are the second line.
 */
class NullStepArgumentsTest {

    @TempDir
    Path workspace;

    @Test
    void aNullBuildspecIsRefused() {
        assertThatThrownBy(() -> WorkspaceBuild.run(workspace, null, workspace.resolve("tmp"), Map.of(),
                new LogLines(line -> { }))).isInstanceOf(IOException.class).hasMessage("an empty path was given");
    }

    @Test
    void aNullBundleOrTargetIsRefused() throws Exception {
        Files.createDirectories(workspace.resolve("bundle"));
        assertThatThrownBy(() -> WorkspaceDeploy.deploy(workspace, null, "instance", true, Map.of(),
                new LogLines(line -> { }))).isInstanceOf(IOException.class).hasMessage("an empty path was given");
        assertThatThrownBy(() -> WorkspaceDeploy.deploy(workspace, "bundle", null, true, Map.of(),
                new LogLines(line -> { }))).isInstanceOf(IOException.class).hasMessage("an empty path was given");
    }

    @Test
    void nullFilesAreRefusedAndANullSarifWritesNone() throws Exception {
        assertThatThrownBy(() -> WorkspaceLint.lint(workspace, null, null, null)).isInstanceOf(IOException.class)
                .hasMessage("no file or folder named (files: '')");
        Files.writeString(workspace.resolve("buildspec.yml"), "version: 0.2\nphases:\n  build:\n    commands:\n      - make\n");
        WorkspaceLint.lint(workspace, "buildspec.yml", null, null);
        assertThat(workspace.resolve("codestages.sarif")).doesNotExist();
    }
}
