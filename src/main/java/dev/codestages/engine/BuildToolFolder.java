package dev.codestages.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The folder a played build finds first on its {@code PATH}: a {@code codestages} command that runs this same
 * codestages (the same {@code java}, the same class path) on the execution's store. A buildspec then publishes a
 * Lambda version with {@code codestages lambda publish} where a CodeBuild project would call {@code aws lambda
 * publish-version}, and the version lands in the store the deployment reads, not in a {@code .codestages} of the
 * build's own source folder. {@code CODESTAGES_STORE} names that store for every command that has {@code --store}.
 */
final class BuildToolFolder {

    /** The variable that gives the commands their default {@code --store}. */
    static final String STORE_VARIABLE = "CODESTAGES_STORE";
    private static final String MAIN = "dev.codestages.cli.Codestages";

    private BuildToolFolder() {
    }

    /**
     * Writes {@code folder/codestages} and returns the variables a build gets: {@code PATH} with the folder first
     * and {@code CODESTAGES_STORE}.
     */
    static Map<String, String> write(Path folder, Path store) throws IOException {
        Files.createDirectories(folder);
        Path command = folder.resolve("codestages");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Files.writeString(command, "#!/bin/sh\n# runs the codestages that plays this build\nexec " + quoted(java) + " -cp "
                + quoted(System.getProperty("java.class.path")) + " " + MAIN + " \"$@\"\n");
        try {
            Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            command.toFile().setExecutable(true, true); // not a POSIX file system: the owner may run it
        }
        Map<String, String> variables = new LinkedHashMap<>();
        String inherited = System.getenv("PATH");
        variables.put("PATH", inherited == null || inherited.isEmpty() ? folder.toString()
                : folder + File.pathSeparator + inherited);
        variables.put(STORE_VARIABLE, store.toAbsolutePath().normalize().toString());
        return variables;
    }

    /** {@code text} in single quotes for {@code sh}, a quote inside written as {@code '\''}. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
