package dev.codestages.cli;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Rules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the {@code ./codestages} launcher's start-up archive (class-data sharing on
 * Java 17, the AOT cache on Java 25): runs the usual commands once, in this one JVM, on every rule's
 * own bad example, so the JVM records the classes a real run loads (a plain {@code lint} and the
 * picocli path both). It is not a user command; it prints nothing, and whatever goes wrong only
 * leaves the archive smaller.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("codestages-training");
        try {
            List<String> files = writeExamples(folder);
            run("lint", folder.toString());
            run("lint", "--format", "json", folder.toString());
            run("lint", files.get(0));
            run("lint", "--help");
            run("rules");
            run("explain", Rules.all().get(0).id());
            run("--version");
            run("--help");
        } finally {
            delete(folder);
        }
    }

    /** Each rule's bad example, in a folder of its own, under the name its kind is found by. */
    private static List<String> writeExamples(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            RuleInfo info = rule.info();
            Path file = folder.resolve(info.id()).resolve(info.kind() == FileKind.APPSPEC ? "appspec.yml" : "buildspec.yml");
            Files.createDirectories(file.getParent());
            Files.write(file, info.badExample().getBytes(StandardCharsets.UTF_8));
            files.add(file.toString());
        }
        return files;
    }

    private static void run(String... args) {
        StringWriter sink = new StringWriter();
        PrintWriter writer = new PrintWriter(sink);
        Codestages.run(args, writer, writer);
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
