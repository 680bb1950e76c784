package dev.codestages.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.codestages.lint.Finding;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.Linter;
import dev.codestages.lint.SpecFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link BundleCheck} and {@link DiskBundle} on a hostile bundle: hook paths with {@code ..},
 * absolute paths, and links that lead out of the bundle all get findings, and nothing outside the
 * bundle is read. Outside sits a script whose content would be reported if it were read (no #! line,
 * CRLF endings) and a named pipe that would block the test forever if anything opened it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileBundleTest {

    @TempDir
    Path root;

    private Path bundle;
    private Path outside;

    @BeforeEach
    void buildHostileBundle() throws IOException, InterruptedException {
        outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.sh"), "echo secret\r\n");
        Files.createDirectories(outside.resolve("conf"));
        Process mkfifo = new ProcessBuilder("mkfifo", outside.resolve("pipe").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
        Process insidePipe = new ProcessBuilder("mkfifo", root.resolve("bundle-pipe").toString()).start();
        assumeTrue(insidePipe.waitFor() == 0, "needs mkfifo");

        bundle = Files.createDirectories(root.resolve("bundle"));
        Path scripts = Files.createDirectories(bundle.resolve("scripts"));
        Files.writeString(scripts.resolve("ok.sh"), "#!/bin/bash\necho ok\n");
        Files.setPosixFilePermissions(scripts.resolve("ok.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(scripts.resolve("evil.sh"), Path.of("../../outside/secret.sh"));
        Files.createSymbolicLink(scripts.resolve("abs.sh"), outside.resolve("secret.sh").toAbsolutePath());
        Files.createSymbolicLink(scripts.resolve("pipe.sh"), Path.of("../../outside/pipe"));
        Files.createSymbolicLink(scripts.resolve("dangling.sh"), Path.of("/nonexistent/codestages/x.sh"));
        Files.createSymbolicLink(bundle.resolve("linkdir"), Path.of("../outside"));
        Files.createSymbolicLink(bundle.resolve("conf"), Path.of("../outside/conf"));
        Files.move(root.resolve("bundle-pipe"), scripts.resolve("fifo.sh"));
        Files.writeString(bundle.resolve("appspec.yml"), """
                version: 0.0
                os: linux
                files:
                  - source: conf
                    destination: /etc/app
                  - source: ../outside
                    destination: /opt/app
                hooks:
                  ApplicationStop:
                    - location: ../outside/secret.sh
                  BeforeInstall:
                    - location: /etc/passwd
                    - location: scripts/../../outside/secret.sh
                  AfterInstall:
                    - location: scripts/evil.sh
                    - location: scripts/abs.sh
                    - location: scripts/pipe.sh
                    - location: linkdir/secret.sh
                    - location: scripts/dangling.sh
                    - location: scripts/fifo.sh
                  ApplicationStart:
                    - location: scripts/ok.sh
                  ValidateService:
                    - location: scripts/ok.sh
                """);
    }

    private List<Finding> lint() throws IOException {
        Path appspec = bundle.resolve("appspec.yml");
        return new Linter(LintOptions.DEFAULT).lint(List.of(new SpecFile(appspec, "appspec.yml", null))).findings();
    }

    @Test
    void everyPathThatLeavesTheBundleGetsAFinding() throws IOException {
        assertThat(lint()).extracting(Finding::rule, Finding::line)
                .containsExactlyInAnyOrder(
                        tuple("BN003", 4), // conf -> ../outside/conf
                        tuple("AS020", 6), // ../outside
                        tuple("AS020", 10), // ../outside/secret.sh
                        tuple("BN001", 12), // /etc/passwd means <bundle>/etc/passwd, which is not there
                        tuple("AS019", 12), // and looks like an instance path
                        tuple("AS020", 13), // scripts/../../outside/secret.sh
                        tuple("BN003", 15), // relative link out
                        tuple("BN003", 16), // absolute link out
                        tuple("BN003", 17), // link to a pipe outside
                        tuple("BN003", 18), // through a linked folder
                        tuple("BN003", 19), // dangling link whose text points outside
                        tuple("BN002", 20)); // a pipe inside the bundle is not a script (and is not opened)
    }

    @Test
    void nothingOutsideTheBundleIsRead() throws IOException {
        // secret.sh has no #! line and CRLF endings: reading it would give BN005 and BN006.
        assertThat(lint()).extracting(Finding::rule).doesNotContain("BN004", "BN005", "BN006");
        DiskBundle disk = new DiskBundle(bundle);
        for (String link : List.of("scripts/evil.sh", "scripts/abs.sh", "scripts/pipe.sh", "linkdir/secret.sh")) {
            assertThat(disk.kind(link)).as(link).isEqualTo(BundleTree.Kind.OUTSIDE);
            assertThat(disk.head(link, 100)).as(link).isEmpty();
            assertThat(disk.executable(link)).as(link).isFalse();
        }
        assertThat(disk.kind("scripts/fifo.sh")).isEqualTo(BundleTree.Kind.OTHER);
        assertThat(disk.head("scripts/fifo.sh", 100)).isEmpty();
        assertThat(new String(disk.head("scripts/ok.sh", 100))).startsWith("#!/bin/bash");
    }

    @Test
    void aLinkInsideTheBundleIsFollowed() throws IOException {
        Files.createSymbolicLink(bundle.resolve("scripts/alias.sh"), Path.of("ok.sh"));
        DiskBundle disk = new DiskBundle(bundle);
        assertThat(disk.kind("scripts/alias.sh")).isEqualTo(BundleTree.Kind.FILE);
        assertThat(disk.executable("scripts/alias.sh")).isTrue();
    }
}
