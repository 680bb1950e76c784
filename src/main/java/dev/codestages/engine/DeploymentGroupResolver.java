package dev.codestages.engine;

import dev.codestages.appspec.Platform;
import dev.codestages.codedeploy.ApiGroupReader;
import dev.codestages.codedeploy.DeploymentConfig;
import dev.codestages.codedeploy.DeploymentGroup;
import dev.codestages.codedeploy.DeploymentGroupException;
import dev.codestages.codedeploy.GroupTemplate;
import dev.codestages.codedeploy.ServiceGroup;
import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one reading of the deployment group a CodeDeploy or CodeDeployToECS action deploys to (its ApplicationName
 * and DeploymentGroupName) and of its compute platform, as CodeDeploy knows them, in this order: a
 * {@code --deployment-group} file ({@code aws deploy get-deployment-group} output, whose {@code computePlatform}
 * and {@code deploymentConfigName} count, with the {@code get-deployment-config} files given beside it); the
 * {@code AWS::CodeDeploy::DeploymentGroup} of the CloudFormation template the pipeline is defined in (its
 * application's {@code ComputePlatform}); else CodeDeploy's defaults: the platform of
 * {@code run --deployment-config NAME} when it names a Lambda or ECS configuration, else the platform the
 * revision's AppSpec is written for (ECS for a CodeDeployToECS action), else Server, with one instance, in place,
 * OneAtATime, automatic rollback off. A Server group comes with its EC2/On-Premises definition
 * ({@code --instances N} replaces its instances, {@code --rollback}/{@code --no-rollback} its automatic
 * rollback); a Lambda or ECS group with its traffic-shifting configuration ({@code --deployment-config} or the
 * platform's AllAtOnce when nothing names one). An AppSpec written for another platform than the group's is
 * refused with the reason, so a Lambda or ECS AppSpec never runs EC2 events. {@link #check} reads the files
 * once before an execution starts; {@link #describe} is what the AWS API says of a group.
 *
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/APIReference/API_DeploymentGroupInfo.html">DeploymentGroupInfo
 *      (computePlatform, deploymentConfigName)</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-application.html">AWS::CodeDeploy::Application
 *      (ComputePlatform, Server by default)</a>
 */
public final class DeploymentGroupResolver {

    /**
     * A group as the engine plays it: its compute platform ({@code Server}, {@code Lambda} or {@code ECS}) and
     * either its EC2/On-Premises definition ({@code group}, Server) or its Lambda/ECS one ({@code service}).
     */
    record Resolved(String computePlatform, DeploymentGroup group, ServiceGroup service) {
    }

    /**
     * A deployment group as the AWS API describes it: its configuration's name (null for a Lambda or ECS group,
     * whose configuration the deployment names), its deployment style and compute platform.
     */
    public record Description(String deploymentConfigName, String deploymentType, String deploymentOption,
                              String computePlatform) {
    }

    /** Where a group is defined and its platform, before the group itself is read. */
    private record Found(String platform, Path file, GroupTemplate template, ServiceGroup service) {
    }

    private DeploymentGroupResolver() {
    }

    /**
     * The group {@code application}/{@code groupName} as an execution started with {@code setup} would find it
     * (a {@code --deployment-group} file, the pipeline's template, or CodeDeploy's defaults); Lambda and ECS
     * groups are always blue/green with traffic control, as CodeDeploy runs them.
     *
     * @throws IOException when the group's definition cannot be read
     */
    public static Description describe(ExecutionSetup setup, String application, String groupName) throws IOException {
        try {
            Optional<GroupTemplate> template = setup.pipelineFile() == null ? Optional.empty()
                    : GroupTemplate.read(setup.pipelineFile());
            Found found = find(setup, template, "CodeDeploy", application, groupName, Optional.empty());
            if (!found.platform().equals(ServiceGroup.SERVER)) {
                return new Description(null, "BLUE_GREEN", "WITH_TRAFFIC_CONTROL", found.platform());
            }
            DeploymentGroup group = serverGroup(setup, found, application, groupName);
            return new Description(group.config().name(), group.blueGreenStyle() ? "BLUE_GREEN" : "IN_PLACE",
                    group.trafficControl() ? "WITH_TRAFFIC_CONTROL" : "WITHOUT_TRAFFIC_CONTROL", found.platform());
        } catch (DeploymentGroupException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The group the action of {@code provider} ({@code CodeDeploy} or {@code CodeDeployToECS}) deploys to, in an
     * execution started with {@code setup} from a pipeline whose template declares the groups of {@code template}
     * (empty: none); {@code written} is the platform the AppSpec of
     * the input artifact {@code artifact} is written for (empty: unknown).
     *
     * @throws DeploymentGroupException when the group cannot be played: unreadable, a configuration that does not
     *                                  exist, or an AppSpec written for another platform
     */
    static Resolved resolve(ExecutionSetup setup, Optional<GroupTemplate> template, String provider, String application,
                            String groupName, String artifact, Optional<Platform> written)
            throws IOException, DeploymentGroupException {
        Found found = find(setup, template, provider, application, groupName, written);
        String platform = found.platform();
        if (written.isPresent() && !platformName(written.get()).equals(platform)) {
            throw new DeploymentGroupException("the AppSpec of " + artifact + " is written for " + written.get().displayName()
                    + ", but deployment group " + groupName + " deploys to the " + platform
                    + " compute platform; nothing was deployed");
        }
        if (!platform.equals(ServiceGroup.SERVER)) {
            ServiceGroup service = found.service() != null ? found.service() : new ServiceGroup(application, groupName,
                    platform, defaultConfig(setup.options().deploymentConfig(), platform), Duration.ZERO);
            return new Resolved(platform, null, service);
        }
        return new Resolved(platform, serverGroup(setup, found, application, groupName), null);
    }

    private static Found find(ExecutionSetup setup, Optional<GroupTemplate> groups, String provider, String application,
                              String groupName, Optional<Platform> written) throws IOException, DeploymentGroupException {
        List<Path> files = setup.options().deploymentGroupFiles();
        for (Path file : files) {
            if (!ApiGroupReader.isConfig(file) && ApiGroupReader.qualifiedName(file).equals(application + "/" + groupName)) {
                String platform = ApiGroupReader.computePlatform(file);
                return new Found(platform, file, null, platform.equals(ServiceGroup.SERVER) ? null
                        : ApiGroupReader.readService(file, platform, trafficConfigs(files)));
            }
        }
        if (groups.isPresent()) {
            GroupTemplate template = groups.get();
            // the group by its name decides the platform (its application's); else the action's application does
            Optional<ServiceGroup> named = template.serviceGroup(groupName);
            String platform = named.isPresent() ? named.get().computePlatform()
                    : provider.equals(EcsDeployPlayer.PROVIDER) ? ServiceGroup.ECS
                    : template.computePlatform(application);
            return new Found(platform, null, template,
                    named.filter(group -> !group.computePlatform().equals(ServiceGroup.SERVER)).orElse(null));
        }
        String option = setup.options().deploymentConfig();
        String platform = option != null && LambdaDeploymentConfig.isEcs(option) ? ServiceGroup.ECS
                : option != null && DeploymentConfig.predefined(option).isEmpty() ? ServiceGroup.LAMBDA
                : written.map(DeploymentGroupResolver::platformName)
                        .orElse(provider.equals(EcsDeployPlayer.PROVIDER) ? ServiceGroup.ECS : ServiceGroup.SERVER);
        return new Found(platform, null, null, null);
    }

    /** A Lambda or ECS group no file or template defines: {@code --deployment-config}, else the platform's AllAtOnce. */
    private static LambdaDeploymentConfig defaultConfig(String option, String platform) throws DeploymentGroupException {
        boolean ecs = platform.equals(ServiceGroup.ECS);
        String name = option != null ? option : ecs ? LambdaDeploymentConfig.ECS_DEFAULT : LambdaDeploymentConfig.LAMBDA_DEFAULT;
        try {
            return ecs ? LambdaDeploymentConfig.ecsNamed(name) : LambdaDeploymentConfig.named(name);
        } catch (LambdaException e) {
            throw new DeploymentGroupException(e.getMessage());
        }
    }

    private static DeploymentGroup serverGroup(ExecutionSetup setup, Found found, String application, String groupName)
            throws IOException, DeploymentGroupException {
        ActionOptions options = setup.options();
        OptionalInt count = options.instances() == null ? OptionalInt.empty() : OptionalInt.of(options.instances());
        DeploymentGroup group;
        if (found.file() != null) {
            group = ApiGroupReader.read(found.file(), count, serverConfigs(options.deploymentGroupFiles()));
        } else if (found.template() != null) {
            group = found.template().group(groupName, count);
            if (!group.applicationName().equals(application)) {
                throw new DeploymentGroupException(group.source() + ": the deployment group '" + groupName
                        + "' belongs to the application '" + group.applicationName() + "', but the action deploys to '"
                        + application + "'");
            }
        } else {
            try {
                group = DeploymentGroup.defaults(application, groupName, count.orElse(1));
            } catch (IllegalArgumentException e) {
                throw new DeploymentGroupException(e.getMessage());
            }
        }
        return options.rollback() == null ? group : group.withRollbackOnFailure(options.rollback());
    }

    static String platformName(Platform platform) {
        return platform == Platform.LAMBDA ? ServiceGroup.LAMBDA
                : platform == Platform.ECS ? ServiceGroup.ECS : ServiceGroup.SERVER;
    }

    /**
     * Reads every {@code --deployment-group} file of {@code setup} before the execution starts, so that a file
     * that is not AWS CLI output, or that names a group no CodeDeploy action of {@code pipeline} deploys to,
     * is a usage error rather than a failed action.
     *
     * @throws IOException with the reason, the file first
     */
    public static void check(Pipeline pipeline, ExecutionSetup setup) throws IOException {
        Set<String> deployedTo = new TreeSet<>();
        boolean variable = false;
        for (Stage stage : pipeline.stages()) {
            for (Action action : stage.actions()) {
                if (action.provider().isPresent() && (action.provider().text().equals("CodeDeploy")
                        || action.provider().text().equals(EcsDeployPlayer.PROVIDER))) {
                    Map<String, String> configuration = action.configuration().asMap();
                    String named = configuration.getOrDefault("ApplicationName", "") + "/"
                            + configuration.getOrDefault("DeploymentGroupName", "");
                    variable |= named.contains("#{");
                    deployedTo.add(named);
                }
            }
        }
        try {
            check(setup.options().deploymentGroupFiles(), variable ? null : deployedTo);
        } catch (DeploymentGroupException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void check(List<Path> files, Collection<String> deployedTo)
            throws IOException, DeploymentGroupException {
        List<DeploymentConfig> configs = serverConfigs(files);
        List<LambdaDeploymentConfig> traffic = trafficConfigs(files);
        for (Path file : files) {
            if (ApiGroupReader.isConfig(file)) {
                continue;
            }
            String named = ApiGroupReader.qualifiedName(file);
            String platform = ApiGroupReader.computePlatform(file);
            if (platform.equals(ServiceGroup.SERVER)) {
                ApiGroupReader.read(file, OptionalInt.empty(), configs);
            } else {
                ApiGroupReader.readService(file, platform, traffic);
            }
            if (deployedTo != null && !deployedTo.isEmpty() && !deployedTo.contains(named)) {
                throw new DeploymentGroupException(file + ": names the deployment group " + named + ", which no CodeDeploy"
                        + " action of the pipeline deploys to (they deploy to " + String.join(", ", deployedTo) + ")");
            }
        }
    }

    /** The EC2/On-Premises configurations of the {@code get-deployment-config} files (minimumHealthyHosts). */
    private static List<DeploymentConfig> serverConfigs(Collection<Path> files) throws IOException, DeploymentGroupException {
        List<DeploymentConfig> configs = new ArrayList<>();
        for (Path file : files) {
            if (ApiGroupReader.isConfig(file) && !ApiGroupReader.isTrafficConfig(file)) {
                configs.add(ApiGroupReader.readConfig(file));
            }
        }
        return configs;
    }

    /** The Lambda and ECS configurations of the {@code get-deployment-config} files (trafficRoutingConfig). */
    private static List<LambdaDeploymentConfig> trafficConfigs(Collection<Path> files)
            throws IOException, DeploymentGroupException {
        List<LambdaDeploymentConfig> configs = new ArrayList<>();
        for (Path file : files) {
            if (ApiGroupReader.isConfig(file) && ApiGroupReader.isTrafficConfig(file)) {
                configs.add(ApiGroupReader.readTrafficConfig(file));
            }
        }
        return configs;
    }
}
