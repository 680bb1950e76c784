package dev.codestages.lint;

import dev.codestages.yaml.YamlMapping;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells what kind of spec a file is: by its name where the name says it (as CodeBuild and CodeDeploy
 * find them), otherwise by its content.
 */
public final class KindDetector {

    private KindDetector() {
    }

    /** The kind a file name implies, or null when the name says nothing. */
    public static FileKind byName(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return null;
        }
        String name = fileName.toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("buildspec") && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
            return FileKind.BUILDSPEC;
        }
        if (name.equals("appspec.yml") || name.equals("appspec.yaml") || name.equals("appspec.json")) {
            return FileKind.APPSPEC;
        }
        return null;
    }

    /** The kind the content implies; {@link FileKind#UNKNOWN} when it looks like none of ours. */
    public static FileKind byContent(YamlMapping root) {
        if (root == null) {
            return FileKind.UNKNOWN;
        }
        if (root.has("phases") || (root.has("version") && root.has("batch"))) {
            return FileKind.BUILDSPEC;
        }
        if (root.has("hooks") || root.has("os") || root.has("files") || root.has("permissions")
                || (root.has("version") && root.has("Resources"))) {
            return FileKind.APPSPEC;
        }
        return FileKind.UNKNOWN;
    }
}
