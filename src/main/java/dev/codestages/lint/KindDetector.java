package dev.codestages.lint;

import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells what kind of spec a file is: by its name where the name says it (as CodeBuild and CodeDeploy
 * find them), otherwise by its content (pipelines have no fixed file name).
 */
public final class KindDetector {

    private KindDetector() {
    }

    /** The kind a file name implies, or null when the name says nothing. */
    public static FileKind byName(Path path) {
        Path fileName = path.getFileName();
        return fileName == null ? null : byFileName(fileName.toString());
    }

    /** The kind a file's name (its last part, without a folder) implies, or null when it says nothing. */
    public static FileKind byFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
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
        if (isPipeline(root)) {
            return FileKind.PIPELINE;
        }
        if (root.has("hooks") || root.has("os") || root.has("files") || root.has("permissions")
                || (root.has("version") && root.has("Resources"))) {
            return FileKind.APPSPEC;
        }
        return FileKind.UNKNOWN;
    }

    /**
     * A CodePipeline definition: the API structure with its {@code pipeline} wrapper (get-pipeline output,
     * create-pipeline input), a bare declaration ({@code stages} with {@code roleArn} or an artifact store),
     * or a CloudFormation template with an {@code AWS::CodePipeline::Pipeline} resource. A template
     * without one is not ours.
     */
    static boolean isPipeline(YamlMapping root) {
        if (root.mapping("pipeline").map(p -> p.has("stages")).orElse(false)) {
            return true;
        }
        if (root.has("stages") && (root.has("roleArn") || root.has("artifactStore") || root.has("artifactStores"))) {
            return true;
        }
        return root.mapping("Resources").map(resources -> resources.entries().stream()
                .map(YamlEntry::value)
                .anyMatch(r -> r instanceof YamlMapping resource && resource.get("Type") instanceof YamlScalar type
                        && type.value().equals(PIPELINE_RESOURCE))).orElse(false);
    }

    /** The CloudFormation resource type of a pipeline. */
    static final String PIPELINE_RESOURCE = "AWS::CodePipeline::Pipeline";
}
