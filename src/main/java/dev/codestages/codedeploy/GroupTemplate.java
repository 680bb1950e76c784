package dev.codestages.codedeploy;

import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A CloudFormation template that declares deployment groups, loaded once (the engine keeps it for the length of an
 * execution) for every question a CodeDeploy action asks of it: the Lambda or ECS group of a name ({@link ServiceGroupReader}), the compute platform of an
 * application and the EC2/On-Premises group of a name ({@link TemplateGroupReader}).
 */
public final class GroupTemplate {

    private final Path file;
    private final YamlMapping root;

    private GroupTemplate(Path file, YamlMapping root) {
        this.file = file;
        this.root = root;
    }

    /**
     * The template in {@code file} when it declares at least one {@code AWS::CodeDeploy::DeploymentGroup}; empty
     * for any other file, also one that cannot be read.
     */
    public static Optional<GroupTemplate> read(Path file) {
        try {
            YamlMapping root = new YamlLoader().load(file).rootMapping();
            return TemplateGroupReader.declaresGroups(root) ? Optional.of(new GroupTemplate(file, root)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The group named {@code name} (or of that logical id) with its application's compute platform; empty without. */
    public Optional<ServiceGroup> serviceGroup(String name) throws DeploymentGroupException {
        return ServiceGroupReader.find(root, file, name);
    }

    /** The {@code ComputePlatform} of the template's application {@code application}; Server when unset or absent. */
    public String computePlatform(String application) throws DeploymentGroupException {
        return TemplateGroupReader.computePlatform(root, file.toString(), application);
    }

    /** The EC2/On-Premises group named {@code name}; {@code instanceCount}, when given, replaces its instances. */
    public DeploymentGroup group(String name, OptionalInt instanceCount) throws DeploymentGroupException {
        return TemplateGroupReader.readGroup(root, file.toString(), name, instanceCount);
    }
}
