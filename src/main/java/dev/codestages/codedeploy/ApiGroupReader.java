package dev.codestages.codedeploy;

import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import dev.codestages.codedeploy.lambda.LambdaException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * Reads what the AWS CLI prints: {@code aws deploy get-deployment-group} ({@code deploymentGroupInfo})
 * into a {@link DeploymentGroup}, and {@code aws deploy get-deployment-config}
 * ({@code deploymentConfigInfo}) into a {@link DeploymentConfig} for a group whose configuration is a
 * custom one. The group JSON names Auto Scaling groups and tag filters but not the instances behind
 * them, so the instances are a count ({@code i-1..n}, one when none is given).
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentGroupInfo.html">DeploymentGroupInfo</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentConfigInfo.html">DeploymentConfigInfo</a>
 */
public final class ApiGroupReader {

    private ApiGroupReader() {
    }

    /**
     * The group of a {@code get-deployment-group} file; {@code customConfigs} are the configurations read
     * from {@code get-deployment-config} files, for a group that names neither a predefined one nor one of them.
     */
    public static DeploymentGroup read(Path file, OptionalInt instanceCount, List<DeploymentConfig> customConfigs)
            throws IOException, DeploymentGroupException {
        YamlMapping info = info(file, "deploymentGroupInfo", "aws deploy get-deployment-group");
        String name = required(info, "deploymentGroupName", file);
        if (!FolderNames.isSafe(name)) {
            throw new DeploymentGroupException(where(file, info.get("deploymentGroupName")) + ": "
                    + FolderNames.refusal(name, "deployment group name"));
        }
        String configName = optional(info, "deploymentConfigName");
        DeploymentConfig config = configName == null ? DeploymentConfig.ONE_AT_A_TIME
                : DeploymentConfig.predefined(configName).orElse(null);
        for (DeploymentConfig custom : customConfigs) {
            config = config == null && custom.name().equals(configName) ? custom : config;
        }
        if (config == null) {
            throw new DeploymentGroupException(where(file, info.get("deploymentConfigName")) + ": the deployment"
                    + " configuration '" + configName + "' is not predefined; give its 'aws deploy"
                    + " get-deployment-config' JSON too");
        }
        YamlMapping style = info.get("deploymentStyle") instanceof YamlMapping m ? m : null;
        String type = style == null || optional(style, "deploymentType") == null ? DeploymentGroup.IN_PLACE
                : optional(style, "deploymentType");
        boolean trafficControl = style != null && "WITH_TRAFFIC_CONTROL".equals(optional(style, "deploymentOption"));
        String id = optional(info, "deploymentGroupId");
        String application = optional(info, "applicationName");
        return new DeploymentGroup(application == null ? "application" : application, name,
                FolderNames.isSafe(id) ? id : "dg-" + name, config,
                DeploymentGroup.numbered("i", instanceCount.orElse(1)), type, trafficControl,
                hasLoadBalancer(info.get("loadBalancerInfo")), rollbackOnFailure(info.get("autoRollbackConfiguration")),
                file.toString(), blueGreen(file, info.get("blueGreenDeploymentConfiguration")));
    }

    private static BlueGreenSettings blueGreen(Path file, YamlNode node) throws DeploymentGroupException {
        if (!(node instanceof YamlMapping config)) {
            return BlueGreenSettings.DEFAULTS;
        }
        YamlMapping ready = config.get("deploymentReadyOption") instanceof YamlMapping m ? m : null;
        YamlMapping terminate = config.get("terminateBlueInstancesOnDeploymentSuccess") instanceof YamlMapping m
                ? m : null;
        return BlueGreenSettings.of(ready == null ? null : optional(ready, "actionOnTimeout"),
                ready == null ? null : minutes(file, ready, "waitTimeInMinutes"),
                terminate == null ? null : optional(terminate, "action"),
                terminate == null ? null : minutes(file, terminate, "terminationWaitTimeInMinutes"), where(file, config));
    }

    private static Integer minutes(Path file, YamlMapping mapping, String key) throws DeploymentGroupException {
        String value = optional(mapping, key);
        if (value == null) {
            return null;
        }
        try {
            int minutes = Integer.parseInt(value.strip());
            if (minutes >= 0) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DeploymentGroupException(where(file, mapping.get(key)) + ": " + key + " is '" + value
                + "', not a whole number of minutes");
    }

    /** {@code APPLICATION/GROUP}, the names a {@code get-deployment-group} file gives, whatever its platform. */
    public static String qualifiedName(Path file) throws IOException, DeploymentGroupException {
        YamlMapping info = info(file, "deploymentGroupInfo", "aws deploy get-deployment-group");
        String application = optional(info, "applicationName");
        return (application == null ? "application" : application) + "/" + required(info, "deploymentGroupName", file);
    }

    /** True when {@code file} holds {@code aws deploy get-deployment-config} output rather than a group. */
    public static boolean isConfig(Path file) throws IOException {
        YamlMapping root = new YamlLoader().load(file).rootMapping();
        return root != null && root.get("deploymentConfigInfo") instanceof YamlMapping;
    }

    /** The group's {@code computePlatform} ({@code Server}, {@code Lambda} or {@code ECS}); {@code Server} when absent. */
    public static String computePlatform(Path file) throws IOException, DeploymentGroupException {
        String platform = optional(info(file, "deploymentGroupInfo", "aws deploy get-deployment-group"), "computePlatform");
        return platform == null ? "Server" : platform;
    }

    /**
     * The Lambda or ECS group ({@code platform}) of a {@code get-deployment-group} file: its
     * {@code deploymentConfigName} (CodeDeployDefault.LambdaAllAtOnce or ECSAllAtOnce when absent), a predefined
     * configuration or one of {@code customConfigs} (from {@code get-deployment-config} files with a
     * {@code trafficRoutingConfig}), and for ECS the wait before the original task set stops
     * ({@code blueGreenDeploymentConfiguration.terminateBlueInstancesOnDeploymentSuccess.terminationWaitTimeInMinutes}).
     */
    public static ServiceGroup readService(Path file, String platform, List<LambdaDeploymentConfig> customConfigs)
            throws IOException, DeploymentGroupException {
        YamlMapping info = info(file, "deploymentGroupInfo", "aws deploy get-deployment-group");
        String name = required(info, "deploymentGroupName", file);
        String application = optional(info, "applicationName");
        boolean ecs = ServiceGroup.ECS.equals(platform);
        String configName = optional(info, "deploymentConfigName");
        LambdaDeploymentConfig config = null;
        for (LambdaDeploymentConfig custom : customConfigs) {
            config = custom.name().equals(configName) ? custom : config;
        }
        if (config == null) {
            String named = configName != null ? configName
                    : ecs ? LambdaDeploymentConfig.ECS_DEFAULT : LambdaDeploymentConfig.LAMBDA_DEFAULT;
            try {
                config = ecs ? LambdaDeploymentConfig.ecsNamed(named) : LambdaDeploymentConfig.named(named);
            } catch (LambdaException e) {
                throw new DeploymentGroupException(where(file, info.get("deploymentConfigName")) + ": " + e.getMessage()
                        + "; for a custom configuration give its 'aws deploy get-deployment-config' JSON too");
            }
        }
        Integer wait = null;
        if (info.get("blueGreenDeploymentConfiguration") instanceof YamlMapping blueGreen
                && blueGreen.get("terminateBlueInstancesOnDeploymentSuccess") instanceof YamlMapping terminate) {
            wait = minutes(file, terminate, "terminationWaitTimeInMinutes");
        }
        return new ServiceGroup(application == null ? "application" : application, name, platform, config,
                Duration.ofMinutes(wait == null ? 0 : wait));
    }

    /** True when a {@code get-deployment-config} file holds a Lambda or ECS configuration ({@code trafficRoutingConfig}). */
    public static boolean isTrafficConfig(Path file) throws IOException, DeploymentGroupException {
        return info(file, "deploymentConfigInfo", "aws deploy get-deployment-config")
                .get("trafficRoutingConfig") instanceof YamlMapping;
    }

    /**
     * The Lambda or ECS configuration of a {@code get-deployment-config} file: its {@code trafficRoutingConfig}
     * (https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_TrafficRoutingConfig.html): AllAtOnce,
     * TimeBasedCanary (canaryPercentage, canaryInterval) or TimeBasedLinear (linearPercentage, linearInterval).
     */
    public static LambdaDeploymentConfig readTrafficConfig(Path file) throws IOException, DeploymentGroupException {
        YamlMapping info = info(file, "deploymentConfigInfo", "aws deploy get-deployment-config");
        String name = required(info, "deploymentConfigName", file);
        YamlMapping routing = info.get("trafficRoutingConfig") instanceof YamlMapping m ? m : null;
        String type = routing == null ? "" : String.valueOf(optional(routing, "type"));
        try {
            switch (type) {
                case "AllAtOnce":
                    return new LambdaDeploymentConfig(name, LambdaDeploymentConfig.Type.ALL_AT_ONCE, 100, 0);
                case "TimeBasedCanary": {
                    YamlMapping canary = section(file, routing, "timeBasedCanary");
                    return LambdaDeploymentConfig.timeBasedCanary(name, whole(file, canary, "canaryPercentage"),
                            whole(file, canary, "canaryInterval"));
                }
                case "TimeBasedLinear": {
                    YamlMapping linear = section(file, routing, "timeBasedLinear");
                    return LambdaDeploymentConfig.timeBasedLinear(name, whole(file, linear, "linearPercentage"),
                            whole(file, linear, "linearInterval"));
                }
                default:
                    throw new DeploymentGroupException(where(file, routing) + ": the trafficRoutingConfig type of " + name
                            + " is '" + type + "'; CodeDeploy knows TimeBasedCanary, TimeBasedLinear and AllAtOnce");
            }
        } catch (LambdaException e) {
            throw new DeploymentGroupException(where(file, routing) + ": " + e.getMessage());
        }
    }

    private static YamlMapping section(Path file, YamlMapping routing, String key) throws DeploymentGroupException {
        if (routing.get(key) instanceof YamlMapping section) {
            return section;
        }
        throw new DeploymentGroupException(where(file, routing) + ": '" + key + "' is missing");
    }

    private static int whole(Path file, YamlMapping mapping, String key) throws DeploymentGroupException {
        Integer value = minutes(file, mapping, key);
        if (value == null) {
            throw new DeploymentGroupException(where(file, mapping) + ": '" + key + "' is missing");
        }
        return value;
    }

    /** The configuration of a {@code get-deployment-config} file. */
    public static DeploymentConfig readConfig(Path file) throws IOException, DeploymentGroupException {
        YamlMapping info = info(file, "deploymentConfigInfo", "aws deploy get-deployment-config");
        String name = required(info, "deploymentConfigName", file);
        if (!(info.get("minimumHealthyHosts") instanceof YamlMapping minimum)) {
            throw new DeploymentGroupException(file + ": the configuration '" + name + "' has no minimumHealthyHosts;"
                    + " only EC2/On-Premises (Server) configurations can be played here");
        }
        return new DeploymentConfig(name, MinimumHealthyHosts.read(required(minimum, "type", file),
                required(minimum, "value", file), where(file, minimum)));
    }

    private static YamlMapping info(Path file, String key, String command) throws IOException, DeploymentGroupException {
        LoadedYaml loaded = new YamlLoader().load(file);
        YamlMapping root = loaded.rootMapping();
        if (root == null || !(root.get(key) instanceof YamlMapping info)) {
            throw new DeploymentGroupException(file + ": not the output of '" + command + "' (no '" + key
                    + "' object at the top level)");
        }
        return info;
    }

    private static boolean hasLoadBalancer(YamlNode node) {
        if (!(node instanceof YamlMapping info)) {
            return false;
        }
        return info.entries().stream().anyMatch(e -> e.value() instanceof YamlSequence list && !list.items().isEmpty());
    }

    private static boolean rollbackOnFailure(YamlNode node) {
        return node instanceof YamlMapping rollback && "true".equals(optional(rollback, "enabled"))
                && rollback.get("events") instanceof YamlSequence events && events.items().stream()
                .anyMatch(e -> e instanceof YamlScalar s && s.value().equals("DEPLOYMENT_FAILURE"));
    }

    private static String optional(YamlMapping mapping, String key) {
        return mapping.scalar(key).map(YamlScalar::value).orElse(null);
    }

    private static String required(YamlMapping mapping, String key, Path file) throws DeploymentGroupException {
        String value = optional(mapping, key);
        if (value == null) {
            throw new DeploymentGroupException(where(file, mapping) + ": '" + key + "' is missing");
        }
        return value;
    }

    private static String where(Path file, YamlNode node) {
        return node == null ? file.toString() : file + ":" + node.start().line() + ":" + node.start().column();
    }
}
