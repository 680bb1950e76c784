package dev.codestages.engine;

import dev.codestages.codedeploy.ApiGroupReader;
import dev.codestages.codedeploy.DeploymentConfig;
import dev.codestages.codedeploy.DeploymentGroup;
import dev.codestages.codedeploy.DeploymentGroupException;
import dev.codestages.codedeploy.TemplateGroupReader;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the deployment group a CodeDeploy action deploys to (its ApplicationName and DeploymentGroupName),
 * in this order: a {@code --deployment-group} file ({@code aws deploy get-deployment-group} output) that names
 * that group; the {@code AWS::CodeDeploy::DeploymentGroup} of the CloudFormation template the pipeline is
 * defined in; else CodeDeploy's defaults (one instance, in place, OneAtATime, automatic rollback off).
 * {@code --instances N} replaces the group's instances and {@code --rollback}/{@code --no-rollback} its
 * automatic rollback. The group's compute platform comes along, so that the caller plays Server groups and
 * dispatches the others. {@link #check} reads the files once before an execution starts.
 */
public final class DeploymentGroupResolver {

    /**
     * A group and the compute platform of its application ({@code Server}, {@code Lambda} or {@code ECS});
     * the group is null for a platform other than Server, whose player reads its own.
     */
    record Resolved(DeploymentGroup group, String computePlatform) {
    }

    private DeploymentGroupResolver() {
    }

    /**
     * A deployment group as the AWS API describes it: its configuration's name (null when the local player
     * of its platform decides it), its deployment style and compute platform.
     */
    public record Description(String deploymentConfigName, String deploymentType, String deploymentOption,
                              String computePlatform) {
    }

    /**
     * The group {@code application}/{@code groupName} as an execution started with {@code setup} would find it
     * (a {@code --deployment-group} file, the pipeline's template, or CodeDeploy's defaults); Lambda and ECS
     * groups are always blue/green with traffic control, as CodeDeploy runs them.
     *
     * @throws IOException when the group's definition cannot be read
     */
    public static Description describe(ExecutionSetup setup, String application, String groupName) throws IOException {
        Resolved resolved;
        try {
            resolved = resolve(setup, application, groupName);
        } catch (DeploymentGroupException e) {
            throw new IOException(e.getMessage(), e);
        }
        DeploymentGroup group = resolved.group();
        if (group == null) {
            return new Description(null, "BLUE_GREEN", "WITH_TRAFFIC_CONTROL", resolved.computePlatform());
        }
        return new Description(group.config().name(), group.blueGreenStyle() ? "BLUE_GREEN" : "IN_PLACE",
                group.trafficControl() ? "WITH_TRAFFIC_CONTROL" : "WITHOUT_TRAFFIC_CONTROL", resolved.computePlatform());
    }

    static Resolved resolve(ExecutionSetup setup, String application, String groupName)
            throws IOException, DeploymentGroupException {
        ActionOptions options = setup.options();
        OptionalInt count = options.instances() == null ? OptionalInt.empty() : OptionalInt.of(options.instances());
        Resolved found = fromFiles(options.deploymentGroupFiles(), count, application, groupName);
        if (found == null && setup.pipelineFile() != null && TemplateGroupReader.declaresGroups(setup.pipelineFile())) {
            found = fromTemplate(setup.pipelineFile(), count, application, groupName);
        }
        if (found == null) {
            try {
                found = new Resolved(DeploymentGroup.defaults(application, groupName, count.orElse(1)), "Server");
            } catch (IllegalArgumentException e) {
                throw new DeploymentGroupException(e.getMessage());
            }
        }
        if (found.group() == null) {
            return found;
        }
        DeploymentGroup group = options.rollback() == null ? found.group()
                : found.group().withRollbackOnFailure(options.rollback());
        return new Resolved(group, found.computePlatform());
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
                if (action.provider().isPresent() && action.provider().text().equals("CodeDeploy")) {
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

    private static void check(Collection<Path> files, Collection<String> deployedTo)
            throws IOException, DeploymentGroupException {
        List<DeploymentConfig> configs = configs(files);
        for (Path file : files) {
            if (ApiGroupReader.isConfig(file)) {
                continue;
            }
            String named = ApiGroupReader.qualifiedName(file);
            if (ApiGroupReader.computePlatform(file).equals("Server")) {
                ApiGroupReader.read(file, OptionalInt.empty(), configs);
            }
            if (deployedTo != null && !deployedTo.isEmpty() && !deployedTo.contains(named)) {
                throw new DeploymentGroupException(file + ": names the deployment group " + named + ", which no CodeDeploy"
                        + " action of the pipeline deploys to (they deploy to " + String.join(", ", deployedTo) + ")");
            }
        }
    }

    private static Resolved fromFiles(List<Path> files, OptionalInt count, String application, String groupName)
            throws IOException, DeploymentGroupException {
        List<DeploymentConfig> configs = configs(files);
        for (Path file : files) {
            if (ApiGroupReader.isConfig(file)) {
                continue;
            }
            if (!ApiGroupReader.qualifiedName(file).equals(application + "/" + groupName)) {
                continue;
            }
            String platform = ApiGroupReader.computePlatform(file);
            // the Lambda and ECS players read their groups themselves
            return new Resolved(platform.equals("Server") ? ApiGroupReader.read(file, count, configs) : null, platform);
        }
        return null;
    }

    private static List<DeploymentConfig> configs(Collection<Path> files) throws IOException, DeploymentGroupException {
        List<DeploymentConfig> configs = new ArrayList<>();
        for (Path file : files) {
            if (ApiGroupReader.isConfig(file)) {
                configs.add(ApiGroupReader.readConfig(file));
            }
        }
        return configs;
    }

    private static Resolved fromTemplate(Path template, OptionalInt count, String application, String groupName)
            throws IOException, DeploymentGroupException {
        String platform = TemplateGroupReader.computePlatform(template, application);
        if (!platform.equals("Server")) {
            // the Lambda and ECS players read their groups themselves
            return new Resolved(null, platform);
        }
        DeploymentGroup group = TemplateGroupReader.readGroup(template, groupName, count);
        if (!group.applicationName().equals(application)) {
            throw new DeploymentGroupException(group.source() + ": the deployment group '" + groupName
                    + "' belongs to the application '" + group.applicationName() + "', but the action deploys to '"
                    + application + "'");
        }
        return new Resolved(group, platform);
    }
}
