package dev.codestages.pipeline;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code AWS::CodeBuild::Project} resources of a CloudFormation template into
 * {@link BuildProject}s, with intrinsic functions resolved as the pipeline reader resolves them
 * ({@link Intrinsics}: a parameter's default is a literal, anything else a deploy-time reference).
 * A file that is not a template (an API structure, a project folder) has no projects.
 */
public final class BuildProjectReader {

    public static final String RESOURCE_TYPE = "AWS::CodeBuild::Project";

    private BuildProjectReader() {
    }

    /** The projects defined beside the pipeline in {@code source} (a definition file or a project folder). */
    public static List<BuildProject> read(Path source) throws IOException {
        if (source == null || Files.isDirectory(source)) {
            return List.of();
        }
        LoadedYaml yaml = new YamlLoader().load(source);
        YamlMapping root = yaml.rootMapping();
        return root == null || !CloudFormationReader.accepts(root) ? List.of() : read(root);
    }

    /** The projects of a template's root mapping. */
    public static List<BuildProject> read(YamlMapping root) {
        Intrinsics intrinsics = Intrinsics.of(root);
        List<BuildProject> projects = new ArrayList<>();
        if (!(root.get("Resources") instanceof YamlMapping resources)) {
            return projects;
        }
        for (YamlEntry entry : resources.entries()) {
            if (!(entry.value() instanceof YamlMapping resource)
                    || !(resource.get("Type") instanceof YamlScalar type) || !type.value().equals(RESOURCE_TYPE)
                    || !(resource.get("Properties") instanceof YamlMapping properties)) {
                continue;
            }
            YamlNode source = properties.get("Source");
            YamlNode environment = properties.get("Environment");
            List<BuildProject.EnvironmentVariable> variables = new ArrayList<>();
            if (environment instanceof YamlMapping env && env.get("EnvironmentVariables") instanceof YamlSequence list) {
                for (YamlNode item : list.items()) {
                    if (item instanceof YamlMapping variable && !Intrinsics.isIntrinsic(item)) {
                        variables.add(new BuildProject.EnvironmentVariable(value(intrinsics, variable, "Name"),
                                value(intrinsics, variable, "Value"), value(intrinsics, variable, "Type")));
                    }
                }
            }
            Value buildSpec = source instanceof YamlMapping src && !Intrinsics.isIntrinsic(source)
                    ? value(intrinsics, src, "BuildSpec") : Value.absent(entry.key().start());
            projects.add(new BuildProject(entry.keyText(), value(intrinsics, properties, "Name"), buildSpec, variables,
                    value(intrinsics, properties, "TimeoutInMinutes"), entry.key().start()));
        }
        return projects;
    }

    private static Value value(Intrinsics intrinsics, YamlMapping mapping, String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlScalar scalar && scalar.isNull() && !Intrinsics.isIntrinsic(node)) {
            return Value.absent(mapping.start());
        }
        if (Intrinsics.isIntrinsic(node)) {
            return intrinsics.value(node);
        }
        if (node instanceof YamlScalar scalar) {
            return Value.literal(scalar.value(), scalar.start());
        }
        return Value.reference(Intrinsics.canonical(node), node.start());
    }
}
