package dev.codestages.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codestages.lint.SpecFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests {@link WorkspacePaths}: paths stay inside the workspace, also through links; folders are searched. */
class WorkspacePathsTest {

    @TempDir
    Path temp;

    private Path workspace;
    private Path outside;

    @BeforeEach
    void layout() throws IOException {
        workspace = Files.createDirectories(temp.resolve("ws"));
        outside = Files.createDirectories(temp.resolve("secrets"));
        Files.writeString(outside.resolve("master.key"), "secret");
        Files.writeString(outside.resolve("buildspec.yml"), "version: 0.2\n");
        Files.writeString(workspace.resolve("buildspec.yml"), "version: 0.2\n");
        Files.createDirectories(workspace.resolve("deploy"));
        Files.writeString(workspace.resolve("deploy/appspec.yml"), "version: 0.0\n");
    }

    private WorkspacePaths paths() throws IOException {
        return new WorkspacePaths(workspace);
    }

    @Test
    void resolvesRelativePathsInsideTheWorkspaceWhetherOrNotTheyExist() throws IOException {
        Path root = workspace.toRealPath();
        assertThat(paths().resolve("buildspec.yml")).isEqualTo(root.resolve("buildspec.yml"));
        assertThat(paths().resolve("./deploy//appspec.yml")).isEqualTo(root.resolve("deploy/appspec.yml"));
        assertThat(paths().resolve("reports/new.sarif")).isEqualTo(root.resolve("reports/new.sarif"));
        assertThat(paths().resolve(".")).isEqualTo(root);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "\\etc\\passwd", "C:\\Windows\\win.ini", "c:/x"})
    void refusesAbsolutePaths(String path) {
        assertThatThrownBy(() -> paths().resolve(path)).isInstanceOf(IOException.class).hasMessageContaining("absolute");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../secrets/master.key", "deploy/../../secrets", "deploy/..", "..\\secrets",
        "deploy/./../buildspec.yml"})
    void refusesEveryDotDotSegmentEvenOneThatStaysInside(String path) {
        assertThatThrownBy(() -> paths().resolve(path)).isInstanceOf(IOException.class).hasMessageContaining("'..'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "a\0b"})
    void refusesEmptyAndInvalidPaths(String path) {
        assertThatThrownBy(() -> paths().resolve(path)).isInstanceOf(IOException.class);
    }

    @Test
    void refusesALinkedFileThatPointsOutside() throws IOException {
        Files.createSymbolicLink(workspace.resolve("key.yml"), outside.resolve("master.key"));
        assertThatThrownBy(() -> paths().resolve("key.yml")).hasMessageContaining("outside the workspace");
        assertThatThrownBy(() -> paths().specFiles("key.yml")).hasMessageContaining("outside the workspace");
    }

    @Test
    void refusesALinkedFolderThatPointsOutsideAsEntryAndAsParent() throws IOException {
        Files.createSymbolicLink(workspace.resolve("conf"), outside);
        assertThatThrownBy(() -> paths().specFiles("conf")).hasMessageContaining("outside the workspace");
        assertThatThrownBy(() -> paths().resolve("conf/buildspec.yml")).hasMessageContaining("outside the workspace");
        assertThatThrownBy(() -> paths().resolve("conf/new/out.sarif")).hasMessageContaining("outside the workspace");
    }

    @Test
    void refusesAChainOfLinksThatEndsOutside() throws IOException {
        Files.createSymbolicLink(workspace.resolve("hop"), outside);
        Files.createSymbolicLink(workspace.resolve("inner"), workspace.resolve("hop"));
        assertThatThrownBy(() -> paths().resolve("inner/master.key")).hasMessageContaining("outside the workspace");
    }

    @Test
    void refusesADanglingLink() throws IOException {
        Files.createSymbolicLink(workspace.resolve("gone"), temp.resolve("nothing-here"));
        assertThatThrownBy(() -> paths().resolve("gone/out.sarif")).hasMessageContaining("dangling");
    }

    @Test
    void acceptsLinksThatStayInside() throws IOException {
        Files.createSymbolicLink(workspace.resolve("specs"), workspace.resolve("deploy"));
        assertThat(paths().specFiles("specs/appspec.yml")).extracting(SpecFile::displayPath)
                .containsExactly("specs/appspec.yml");
    }

    @Test
    void searchesFoldersAndNamesFilesRelativeToTheWorkspace() throws IOException {
        assertThat(paths().specFiles(".")).extracting(SpecFile::displayPath)
                .containsExactly("buildspec.yml", "deploy/appspec.yml");
        assertThat(paths().specFiles("deploy")).extracting(SpecFile::displayPath).containsExactly("deploy/appspec.yml");
    }

    @Test
    void aFolderSearchDoesNotFollowLinksBelowIt() throws IOException {
        Files.createSymbolicLink(workspace.resolve("deploy/elsewhere"), outside);
        Files.createSymbolicLink(workspace.resolve("deploy/buildspec.yml"), outside.resolve("buildspec.yml"));
        assertThat(paths().specFiles("deploy")).extracting(SpecFile::displayPath).containsExactly("deploy/appspec.yml");
    }

    @Test
    void listsAreTrimmedAndAFileNamedTwiceIsLintedOnce() throws IOException {
        assertThat(paths().specFiles(" buildspec.yml , deploy/appspec.yml,,.")).extracting(SpecFile::displayPath)
                .containsExactly("buildspec.yml", "deploy/appspec.yml");
    }

    @Test
    void aMissingEntryOrAnEmptyListIsAnError() {
        assertThatThrownBy(() -> paths().specFiles("buildspec.yml,appspec.yml"))
                .hasMessage("'appspec.yml' does not exist in the workspace");
        assertThatThrownBy(() -> paths().specFiles(" , ")).hasMessageContaining("no file or folder named");
    }

    @Test
    void existingFileMustBeARegularFile() throws IOException {
        assertThat(paths().existingFile("buildspec.yml")).isRegularFile();
        assertThatThrownBy(() -> paths().existingFile("deploy")).hasMessage("'deploy' is not a file in the workspace");
    }
}
