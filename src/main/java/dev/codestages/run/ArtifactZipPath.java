package dev.codestages.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The one place an artifact's zip gets its path in the local artifact store. An artifact is named by a
 * secondary-artifact identifier or a pipeline output artifact name; both are plain identifiers
 * (CodeBuild: letters, digits and '_', under 128 characters; CodePipeline: also '-', at most 100 — the
 * limits the linter checks as BS072), so a name with '/', '..' or any other character is refused
 * rather than turned into a path, and the resulting file must lie inside the store folder, also after
 * symbolic links, so that no artifact is ever written outside it.
 */
public final class ArtifactZipPath {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]{1,127}");

    private ArtifactZipPath() {
    }

    /** {@code <storeDir>/<name>.zip}, or an IOException naming the reason when {@code name} is no identifier. */
    public static Path of(Path storeDir, String name) throws IOException {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IOException("CLIENT_ERROR: artifact name '" + name + "' is not a valid identifier (letters,"
                    + " digits, '_' and '-' only; BS072): nothing written outside the artifact store");
        }
        Files.createDirectories(storeDir);
        Path store = storeDir.toRealPath();
        if (Files.isSymbolicLink(store.resolve(name + ".zip"))) {
            throw new IOException("artifact '" + name + "' would be written through a symbolic link out of the"
                    + " artifact store " + store);
        }
        return storeDir.resolve(name + ".zip");
    }
}
