package dev.codestages.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The cold floor for {@code bench/cold.sh}: a program that only reads and composes YAML files with
 * SnakeYAML (the same composer path and options as our loader) and prints how many it read. It uses
 * nothing but SnakeYAML and the JDK, so run in its own JVM it measures what any SnakeYAML-based
 * linter must pay before its first rule.
 */
public final class BareParse {

    private BareParse() {
    }

    /** Composes the first document of {@code text}; null for an empty or broken file. */
    static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setProcessComments(false);
        Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
        try {
            return composer.checkNode() ? composer.getNode() : null;
        } catch (YAMLException e) {
            return null;
        }
    }

    /** Composes every {@code *.yml}/{@code *.yaml} file under the given files and folders. */
    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        int composed = 0;
        for (Path file : files) {
            if (compose(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)) != null) {
                composed++;
            }
        }
        System.out.println(files.size() + " files read, " + composed + " composed");
    }
}
