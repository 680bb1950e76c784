package dev.codestages.codedeploy;

import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.pipeline.Intrinsics;
import dev.codestages.pipeline.Value;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads from a CloudFormation template what a Lambda or ECS deployment needs of its deployment group: the
 * {@code ComputePlatform} of the {@code AWS::CodeDeploy::Application} it names (by {@code !Ref} or by name;
 * {@code Server} when unset, as the resource's default), and its {@code DeploymentConfigName}: a predefined
 * name, or an {@code AWS::CodeDeploy::DeploymentConfig} of the template with a {@code TrafficRoutingConfig}
 * ({@code TimeBasedCanary}, {@code TimeBasedLinear} or {@code AllAtOnce}). A group that names none gets
 * CodeDeployDefault.LambdaAllAtOnce or CodeDeployDefault.ECSAllAtOnce.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-application.html">AWS::CodeDeploy::Application</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-codedeploy-deploymentconfig-trafficroutingconfig.html">TrafficRoutingConfig</a>
 */
public final class ServiceGroupReader {

    private final YamlMapping resources;
    private final Intrinsics intrinsics;

    private ServiceGroupReader(YamlMapping resources, Intrinsics intrinsics) {
        this.resources = resources;
        this.intrinsics = intrinsics;
    }

    /**
     * The group named {@code group} (its DeploymentGroupName or logical id) in {@code template}; empty when the
     * file is not a template or has no such group, or when its application is not in the template.
     *
     * @throws DeploymentGroupException when the group's configuration cannot be played
     */
    public static Optional<ServiceGroup> find(Path template, String group) throws IOException, DeploymentGroupException {
        if (template == null || !Files.isRegularFile(template)) {
            return Optional.empty();
        }
        return find(new YamlLoader().load(template).rootMapping(), template, group);
    }

    /** As {@link #find(Path, String)}, for a document already loaded from {@code template} ({@code root} null: none). */
    public static Optional<ServiceGroup> find(YamlMapping root, Path template, String group)
            throws DeploymentGroupException {
        if (root == null || !(root.get("Resources") instanceof YamlMapping resources)) {
            return Optional.empty();
        }
        return new ServiceGroupReader(resources, Intrinsics.of(root)).group(group, template);
    }

    private Optional<ServiceGroup> group(String wanted, Path template) throws DeploymentGroupException {
        for (YamlEntry entry : resources.entries()) {
            YamlMapping properties = properties(entry.value(), TemplateGroupReader.GROUP_TYPE);
            if (properties == null) {
                continue;
            }
            String name = text(properties.get("DeploymentGroupName"), entry.keyText());
            if (!name.equals(wanted) && !entry.keyText().equals(wanted)) {
                continue;
            }
            YamlMapping application = named(properties.get("ApplicationName"), TemplateGroupReader.APPLICATION_TYPE,
                    "ApplicationName");
            if (application == null) {
                return Optional.empty();
            }
            String platform = text(application.get("ComputePlatform"), ServiceGroup.SERVER);
            String applicationName = text(application.get("ApplicationName"),
                    text(properties.get("ApplicationName"), "application"));
            LambdaDeploymentConfig config = platform.equals(ServiceGroup.SERVER) ? null
                    : config(properties.get("DeploymentConfigName"), platform, template + ", resource '"
                    + entry.keyText() + "'");
            return Optional.of(new ServiceGroup(applicationName, name, platform, config, terminationWait(properties)));
        }
        return Optional.empty();
    }

    /** The group's {@code BlueGreenDeploymentConfiguration.TerminateBlueInstancesOnDeploymentSuccess} wait. */
    private Duration terminationWait(YamlMapping properties) {
        if (properties.get("BlueGreenDeploymentConfiguration") instanceof YamlMapping blueGreen
                && blueGreen.get("TerminateBlueInstancesOnDeploymentSuccess") instanceof YamlMapping terminate) {
            try {
                return Duration.ofMinutes(Long.parseLong(text(terminate.get("TerminationWaitTimeInMinutes"), "0").strip()));
            } catch (NumberFormatException e) {
                return Duration.ZERO;
            }
        }
        return Duration.ZERO;
    }

    private LambdaDeploymentConfig config(YamlNode node, String platform, String where) throws DeploymentGroupException {
        boolean ecs = platform.equals(ServiceGroup.ECS);
        String name = text(node, ecs ? LambdaDeploymentConfig.ECS_DEFAULT : LambdaDeploymentConfig.LAMBDA_DEFAULT);
        try {
            YamlMapping custom = named(node, TemplateGroupReader.CONFIG_TYPE, "DeploymentConfigName");
            if (custom != null) {
                // a configuration without DeploymentConfigName goes by its logical id (CloudFormation names it)
                String logicalId = refTarget(node);
                return custom(text(custom.get("DeploymentConfigName"), logicalId != null ? logicalId : name), custom,
                        where);
            }
            return ecs ? LambdaDeploymentConfig.ecsNamed(name) : LambdaDeploymentConfig.named(name);
        } catch (LambdaException e) {
            throw new DeploymentGroupException(where + ": " + e.getMessage());
        }
    }

    private LambdaDeploymentConfig custom(String name, YamlMapping properties, String where)
            throws LambdaException, DeploymentGroupException {
        if (!(properties.get("TrafficRoutingConfig") instanceof YamlMapping routing)) {
            throw new DeploymentGroupException(where + ": the deployment configuration " + name
                    + " has no TrafficRoutingConfig, which a Lambda or ECS configuration needs");
        }
        String type = text(routing.get("Type"), "");
        switch (type) {
            case "AllAtOnce":
                return new LambdaDeploymentConfig(name, LambdaDeploymentConfig.Type.ALL_AT_ONCE, 100, 0);
            case "TimeBasedCanary":
                return LambdaDeploymentConfig.timeBasedCanary(name, number(routing, type, "CanaryPercentage", where),
                        number(routing, type, "CanaryInterval", where));
            case "TimeBasedLinear":
                return LambdaDeploymentConfig.timeBasedLinear(name, number(routing, type, "LinearPercentage", where),
                        number(routing, type, "LinearInterval", where));
            default:
                throw new DeploymentGroupException(where + ": the TrafficRoutingConfig Type of " + name + " is '" + type
                        + "'; CodeDeploy knows TimeBasedCanary, TimeBasedLinear and AllAtOnce");
        }
    }

    private int number(YamlMapping routing, String type, String key, String where) throws DeploymentGroupException {
        YamlNode node = routing.get(type) instanceof YamlMapping settings ? settings.get(key) : null;
        String text = text(node, "");
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DeploymentGroupException(where + ": " + type + " " + key + " is '" + text
                    + "', not a whole number");
        }
    }

    /** The properties of the resource {@code node} names by {@code !Ref}, or whose {@code nameKey} it equals. */
    private YamlMapping named(YamlNode node, String type, String nameKey) {
        if (node == null) {
            return null;
        }
        String logicalId = refTarget(node);
        if (logicalId != null) {
            return properties(resources.get(logicalId), type);
        }
        String name = text(node, null);
        for (YamlEntry entry : resources.entries()) {
            YamlMapping properties = properties(entry.value(), type);
            if (properties != null && name != null && name.equals(text(properties.get(nameKey), entry.keyText()))) {
                return properties;
            }
        }
        return null;
    }

    /** The logical id {@code node} names by {@code !Ref} or {@code {Ref: ...}}; null when it is no Ref. */
    private static String refTarget(YamlNode node) {
        YamlNode target = node == null ? null : "!Ref".equals(node.explicitTag()) ? node
                : node instanceof YamlMapping ref && ref.entries().size() == 1 ? ref.get("Ref") : null;
        return target instanceof YamlScalar logicalId ? logicalId.value().strip() : null;
    }

    /**
     * The {@code Properties} of a resource of {@code type}; a resource without them gives itself, which has none
     * of the property keys read here, so every property reads as unset. Null for another type.
     */
    private static YamlMapping properties(YamlNode node, String type) {
        if (node instanceof YamlMapping resource && resource.get("Type") instanceof YamlScalar kind
                && type.equals(kind.value())) {
            return resource.get("Properties") instanceof YamlMapping properties ? properties : resource;
        }
        return null;
    }

    /** A value's text with intrinsics resolved; {@code otherwise} when absent or known only at deploy time. */
    private String text(YamlNode node, String otherwise) {
        if (node == null) {
            return otherwise;
        }
        Value value = intrinsics.value(node);
        return value.isLiteral() ? value.text() : otherwise;
    }
}
