package dev.codestages.bundle;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.BundlePath;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One AppSpec together with the bundle it sits in, as the per-appspec bundle rules see it: the files
 * its hooks and {@code files} section name, each resolved once against the bundle.
 */
public final class BundleContext {

    /** How much of a hook script is read to look at its first line and its line endings. */
    static final int HEAD_BYTES = 64 * 1024;

    /**
     * A hook script: its entry, its location value, its path in the bundle (null when {@code ..} leads
     * out) and what is there.
     */
    public record ScriptFile(Appspec.Script script, YamlScalar location, String path, BundleTree.Kind kind) {
    }

    /** A {@code files} source: its value, its path in the bundle (null when it leads out), what is there. */
    public record SourceFile(YamlScalar source, String path, BundleTree.Kind kind) {
    }

    private final Appspec appspec;
    private final BundleTree tree;
    private final String fileName;
    private final String pathInBundle;
    private List<ScriptFile> scripts;
    private List<SourceFile> sources;
    private final Map<String, String> heads = new HashMap<>();

    /**
     * @param fileName     the AppSpec's file name as it is on disk
     * @param pathInBundle the AppSpec's path relative to the bundle root, or null when it is not inside it
     */
    public BundleContext(Appspec appspec, BundleTree tree, String fileName, String pathInBundle) {
        this.appspec = appspec;
        this.tree = tree;
        this.fileName = fileName;
        this.pathInBundle = pathInBundle;
    }

    public Appspec appspec() {
        return appspec;
    }

    public BundleTree tree() {
        return tree;
    }

    public String fileName() {
        return fileName;
    }

    /** The AppSpec's path relative to the bundle root, or null when it is outside the bundle. */
    public String pathInBundle() {
        return pathInBundle;
    }

    /** Every hook script with a location, resolved against the bundle. */
    public List<ScriptFile> scripts() {
        if (scripts == null) {
            scripts = new ArrayList<>();
            for (Appspec.Script script : appspec.scripts()) {
                script.entry().scalar("location").filter(l -> !l.value().isBlank()).ifPresent(location -> {
                    String path = BundlePath.resolve(location.value(), appspec.isWindows());
                    BundleTree.Kind kind = path == null ? BundleTree.Kind.OUTSIDE : tree.kind(path);
                    scripts.add(new ScriptFile(script, location, path, kind));
                });
            }
        }
        return scripts;
    }

    /** Every {@code files} source, resolved against the bundle. */
    public List<SourceFile> sources() {
        if (sources == null) {
            sources = new ArrayList<>();
            for (YamlMapping file : appspec.files()) {
                file.scalar("source").filter(s -> !s.value().isBlank()).ifPresent(source -> {
                    String path = BundlePath.resolve(source.value(), appspec.isWindows());
                    BundleTree.Kind kind = path == null ? BundleTree.Kind.OUTSIDE : tree.kind(path);
                    sources.add(new SourceFile(source, path, kind));
                });
            }
        }
        return sources;
    }

    /** The first bytes of a script that is a regular file in the bundle (read once), one char per byte. */
    public String head(ScriptFile script) {
        if (script.kind() != BundleTree.Kind.FILE) {
            return "";
        }
        return heads.computeIfAbsent(script.path(),
                path -> new String(tree.head(path, HEAD_BYTES), StandardCharsets.ISO_8859_1));
    }
}
