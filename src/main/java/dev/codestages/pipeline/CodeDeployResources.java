package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;

/**
 * The CodeDeploy resources of a CloudFormation template, as far as the pipeline rules check them: each
 * {@code AWS::CodeDeploy::DeploymentGroup} (its configuration name, deployment style and whether it has
 * a {@code LoadBalancerInfo}) and each {@code AWS::CodeDeploy::DeploymentConfig} (its name, compute
 * platform and minimum healthy hosts). Values go through {@link Intrinsics}; a {@code !Ref} of a
 * template resource keeps the logical id it names. The local player reads the same resources for what it
 * plays ({@code codedeploy.TemplateGroupReader}); this model is what lint needs of them.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentgroup.html">AWS::CodeDeploy::DeploymentGroup</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentconfig.html">AWS::CodeDeploy::DeploymentConfig</a>
 */
public record CodeDeployResources(List<Group> groups, List<Config> configs) {

    public static final String GROUP_TYPE = "AWS::CodeDeploy::DeploymentGroup";
    public static final String CONFIG_TYPE = "AWS::CodeDeploy::DeploymentConfig";
    public static final String APPLICATION_TYPE = "AWS::CodeDeploy::Application";

    /** A template without CodeDeploy resources, and any document that is not a template. */
    public static final CodeDeployResources NONE = new CodeDeployResources(List.of(), List.of());

    public CodeDeployResources {
        groups = List.copyOf(groups);
        configs = List.copyOf(configs);
    }

    /**
     * A deployment group.
     *
     * @param configName         {@code DeploymentConfigName}; absent means CodeDeployDefault.OneAtATime
     * @param configRef          the logical id {@code DeploymentConfigName} names by {@code !Ref}, or null
     * @param deploymentType     {@code DeploymentStyle.DeploymentType}
     * @param deploymentOption   {@code DeploymentStyle.DeploymentOption}
     * @param loadBalancerInfo   true when {@code LoadBalancerInfo} is given and not empty
     * @param computePlatform    the {@code ComputePlatform} of the template's application the group belongs to
     *                           (by {@code !Ref} or by name); absent when unknown, which CodeDeploy reads as Server
     */
    public record Group(String logicalId, Position at, Value configName, String configRef, Value deploymentType,
                        Value deploymentOption, boolean loadBalancerInfo, Value computePlatform) {

        /** True when the group's application is of the AWS Lambda compute platform. */
        public boolean isLambda() {
            return computePlatform.is("Lambda");
        }
    }

    /** A deployment configuration; {@code minimumType} and {@code minimumValue} are absent without MinimumHealthyHosts. */
    public record Config(String logicalId, Position at, Value name, Value computePlatform, Value minimumType,
                         Value minimumValue) {
    }

    /** The CodeDeploy resources of a template's {@code Resources}. */
    static CodeDeployResources read(YamlMapping resources, Intrinsics intrinsics) {
        if (resources == null) {
            return NONE;
        }
        List<Group> groups = new ArrayList<>();
        List<Config> configs = new ArrayList<>();
        java.util.Map<String, Value> platforms = applicationPlatforms(resources, intrinsics);
        for (YamlEntry entry : resources.entries()) {
            if (!(entry.value() instanceof YamlMapping resource) || !(resource.get("Type") instanceof YamlScalar type)) {
                continue;
            }
            YamlMapping properties = resource.get("Properties") instanceof YamlMapping p ? p
                    : new YamlMapping(List.of(), null, resource.start(), resource.end());
            Position at = entry.key().start();
            if (type.value().equals(GROUP_TYPE)) {
                YamlMapping style = properties.get("DeploymentStyle") instanceof YamlMapping s ? s : null;
                groups.add(new Group(entry.keyText(), at, value(properties, "DeploymentConfigName", intrinsics, at),
                        refTarget(properties.get("DeploymentConfigName")),
                        value(style, "DeploymentType", intrinsics, at), value(style, "DeploymentOption", intrinsics, at),
                        properties.get("LoadBalancerInfo") instanceof YamlMapping info && !info.entries().isEmpty(),
                        platformOf(properties.get("ApplicationName"), platforms, at)));
            } else if (type.value().equals(CONFIG_TYPE)) {
                YamlMapping minimum = properties.get("MinimumHealthyHosts") instanceof YamlMapping m ? m : null;
                configs.add(new Config(entry.keyText(), at, value(properties, "DeploymentConfigName", intrinsics, at),
                        value(properties, "ComputePlatform", intrinsics, at), value(minimum, "Type", intrinsics, at),
                        value(minimum, "Value", intrinsics, at)));
            }
        }
        return new CodeDeployResources(groups, configs);
    }

    /** The ComputePlatform of each AWS::CodeDeploy::Application, by logical id and by its literal name. */
    private static java.util.Map<String, Value> applicationPlatforms(YamlMapping resources, Intrinsics intrinsics) {
        java.util.Map<String, Value> platforms = new java.util.HashMap<>();
        for (YamlEntry entry : resources.entries()) {
            if (entry.value() instanceof YamlMapping resource && resource.get("Type") instanceof YamlScalar type
                    && type.value().equals(APPLICATION_TYPE) && resource.get("Properties") instanceof YamlMapping properties) {
                Value platform = value(properties, "ComputePlatform", intrinsics, entry.key().start());
                platforms.put(entry.keyText(), platform);
                Value name = value(properties, "ApplicationName", intrinsics, entry.key().start());
                if (name.isLiteral()) {
                    platforms.putIfAbsent(name.text(), platform);
                }
            }
        }
        return platforms;
    }

    private static Value platformOf(YamlNode applicationName, java.util.Map<String, Value> platforms, Position at) {
        String key = refTarget(applicationName);
        if (key == null && applicationName instanceof YamlScalar scalar && !scalar.isNull()) {
            key = scalar.value();
        }
        Value platform = key == null ? null : platforms.get(key);
        return platform == null ? Value.absent(at) : platform;
    }

    private static Value value(YamlMapping mapping, String key, Intrinsics intrinsics, Position absentAt) {
        YamlNode node = mapping == null ? null : mapping.get(key);
        if (node == null || node instanceof YamlScalar scalar && scalar.isNull() && !Intrinsics.isIntrinsic(node)) {
            return Value.absent(absentAt);
        }
        return intrinsics.value(node);
    }

    /** The logical id a {@code !Ref} or {@code {"Ref": X}} names, or null for anything else. */
    public static String refTarget(YamlNode node) {
        if (node instanceof YamlScalar scalar && "!Ref".equals(scalar.explicitTag())) {
            return scalar.value();
        }
        if (node instanceof YamlMapping mapping && mapping.entries().size() == 1
                && mapping.entries().get(0).keyText().equals("Ref")
                && mapping.entries().get(0).value() instanceof YamlScalar name) {
            return name.value();
        }
        return null;
    }
}
