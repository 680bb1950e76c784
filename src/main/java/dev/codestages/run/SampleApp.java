package dev.codestages.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample app of {@code codestages init}: a buildspec, an appspec with a script for every hook,
 * a tiny application with its test, a Jenkinsfile and a README, for a class to start from. It lints
 * clean and runs green; a test keeps it so.
 */
public final class SampleApp {

    /** Every file of the sample, relative to the folder it is written to. */
    public static final List<String> FILES = List.of("README.md", ".gitignore", "buildspec.yml", "appspec.yml", "pipeline.yml", "Jenkinsfile",
            "src/app.sh", "tests/test_app.sh", "scripts/stop.sh", "scripts/before_install.sh",
            "scripts/after_install.sh", "scripts/start.sh", "scripts/validate.sh");

    private SampleApp() {
    }

    /** The files of the sample that already exist in {@code folder}. */
    public static List<Path> existing(Path folder) {
        List<Path> existing = new ArrayList<>();
        for (String name : FILES) {
            if (Files.exists(folder.resolve(name))) {
                existing.add(folder.resolve(name));
            }
        }
        return existing;
    }

    /** Writes the sample into {@code folder}, scripts executable; returns the files written. */
    public static List<Path> write(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String name : FILES) {
            Path target = folder.resolve(name);
            Files.createDirectories(target.getParent());
            // Maven leaves dot files out of the jar, so .gitignore is kept as 'gitignore'
            String resource = name.startsWith(".") ? name.substring(1) : name;
            try (InputStream in = SampleApp.class.getResourceAsStream("/dev/codestages/init/" + resource)) {
                if (in == null) {
                    throw new IOException("sample file " + name + " is missing from the codestages jar");
                }
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (name.endsWith(".sh")) {
                FileInstaller.makeExecutable(target);
            }
            written.add(target);
        }
        return written;
    }
}
