package dev.codestages.run;

import dev.codestages.buildspec.ArtifactSelection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an artifact as CodeBuild uploads it to the pipeline's S3 bucket: one zip of the selected
 * files. Like CodeBuild's zips, it keeps names and times but not Unix modes, which is why the
 * CodeDeploy agent makes hook scripts executable itself. The zip is written under a temporary name
 * and moved into place, so a failed build never leaves half an artifact.
 */
final class ArtifactPacker {

    private ArtifactPacker() {
    }

    static void pack(List<ArtifactSelection.Entry> entries, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        Path temp = Files.createTempFile(zip.getParent(), ".artifact", ".zip.tmp");
        try {
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
                for (ArtifactSelection.Entry entry : entries) {
                    ZipEntry zipEntry = new ZipEntry(entry.name());
                    zipEntry.setLastModifiedTime(FileTime.fromMillis(Files.getLastModifiedTime(entry.file()).toMillis()));
                    out.putNextEntry(zipEntry);
                    Files.copy(entry.file(), out);
                    out.closeEntry();
                }
            }
            Files.move(temp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
