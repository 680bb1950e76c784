package dev.codestages.codedeploy;

import dev.codestages.pipeline.CodeDeployResources;
import dev.codestages.pipeline.Intrinsics;
import dev.codestages.pipeline.Value;
import dev.codestages.yaml.LoadedYaml;
import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the {@code AWS::CodeDeploy::DeploymentGroup} resources of a CloudFormation template (YAML or
 * JSON) into {@link DeploymentGroup}s, with the {@code AWS::CodeDeploy::Application} and
 * {@code AWS::CodeDeploy::DeploymentConfig} they name by {@code !Ref} or by name. Values go through the
 * pipeline package's {@link Intrinsics}, so a {@code !Ref} of a parameter with a default is that default.
 * The instances are those of the {@code AWS::AutoScaling::AutoScalingGroup}s the group names
 * ({@code DesiredCapacity}, else {@code MinSize}; named {@code <group's logical id>-1..n}) and the
 * {@code AWS::EC2::Instance} resources that any of its {@code Ec2TagFilters} matches (named by their
 * logical ids), or, when the caller gives a count, {@code i-1..n}; a group that names neither has one
 * instance, and tag filters that match no instance of the template need a count. What the template leaves to deploy time (an unresolvable intrinsic, an Auto Scaling group
 * from another stack, {@code Ec2TagSet}) fails with a {@link DeploymentGroupException} that says so.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentgroup.html">AWS::CodeDeploy::DeploymentGroup</a>
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-deploymentconfig.html">AWS::CodeDeploy::DeploymentConfig</a>
 * @see <a href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-groups-create-in-place.html">Create
 *      a deployment group: several tags in one tag group match an instance that has any of them</a>
 */
public final class TemplateGroupReader {

    public static final String GROUP_TYPE = "AWS::CodeDeploy::DeploymentGroup";
    public static final String CONFIG_TYPE = "AWS::CodeDeploy::DeploymentConfig";
    public static final String APPLICATION_TYPE = "AWS::CodeDeploy::Application";
    public static final String AUTO_SCALING_TYPE = "AWS::AutoScaling::AutoScalingGroup";
    public static final String INSTANCE_TYPE = "AWS::EC2::Instance";

    private final String file;
    private final YamlMapping resources;
    private final Intrinsics intrinsics;
    private final OptionalInt instanceCount;

    private TemplateGroupReader(String file, YamlMapping resources, Intrinsics intrinsics, OptionalInt instanceCount) {
        this.file = file;
        this.resources = resources;
        this.intrinsics = intrinsics;
        this.instanceCount = instanceCount;
    }

    /** Every deployment group of the template file; {@code instanceCount}, when given, replaces their instances. */
    public static List<DeploymentGroup> read(Path template, OptionalInt instanceCount)
            throws IOException, DeploymentGroupException {
        return read(load(template), template.toString(), instanceCount);
    }

    private static YamlMapping load(Path template) throws IOException, DeploymentGroupException {
        LoadedYaml loaded = new YamlLoader().load(template);
        YamlMapping root = loaded.rootMapping();
        if (root == null) {
            String why = loaded.problems().isEmpty() ? "its top level is not a mapping"
                    : loaded.problems().get(0).at() + ": " + loaded.problems().get(0).message();
            throw new DeploymentGroupException(template + ": not a CloudFormation template: " + why);
        }
        return root;
    }

    /** Every deployment group of a template already loaded. */
    public static List<DeploymentGroup> read(YamlMapping root, String file, OptionalInt instanceCount)
            throws DeploymentGroupException {
        return List.copyOf(byLogicalId(root, file, instanceCount).values());
    }

    /** The group of the template whose name (or logical id) is {@code name}. */
    public static DeploymentGroup readGroup(Path template, String name, OptionalInt instanceCount)
            throws IOException, DeploymentGroupException {
        return readGroup(load(template), template.toString(), name, instanceCount);
    }

    /** The group named {@code name} (or of that logical id) of a template already loaded from {@code template}. */
    public static DeploymentGroup readGroup(YamlMapping root, String template, String name, OptionalInt instanceCount)
            throws DeploymentGroupException {
        Map<String, DeploymentGroup> groups = byLogicalId(root, template, instanceCount);
        for (Map.Entry<String, DeploymentGroup> group : groups.entrySet()) {
            if (group.getValue().name().equals(name) || group.getKey().equals(name)) {
                return group.getValue();
            }
        }
        throw new DeploymentGroupException(template + ": no " + GROUP_TYPE + " named '" + name + "'; the template has "
                + (groups.isEmpty() ? "none" : groups.values().stream().map(DeploymentGroup::name).toList()));
    }

    /**
     * True when {@code file} is a CloudFormation template (a {@code Resources} mapping) that declares at least
     * one {@code AWS::CodeDeploy::DeploymentGroup}; false for any other file, also one that cannot be read.
     */
    public static boolean declaresGroups(Path file) {
        try {
            return declaresGroups(new YamlLoader().load(file).rootMapping());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** As {@link #declaresGroups(Path)}, for a document already loaded ({@code root} null: none). */
    public static boolean declaresGroups(YamlMapping root) {
        YamlMapping resources = root == null ? null : root.mapping("Resources").orElse(null);
        return resources != null && resources.entries().stream()
                .anyMatch(e -> e.value() instanceof YamlMapping resource && isOfType(resource, GROUP_TYPE));
    }

    /**
     * The {@code ComputePlatform} ({@code Server}, {@code Lambda} or {@code ECS}) of the template's
     * {@code AWS::CodeDeploy::Application} named {@code application} (by {@code ApplicationName} or logical id);
     * {@code Server}, CloudFormation's default, when the application sets none or the template has no such
     * application (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codedeploy-application.html).
     */
    public static String computePlatform(Path template, String application) throws IOException,
            DeploymentGroupException {
        return computePlatform(load(template), template.toString(), application);
    }

    /** As {@link #computePlatform(Path, String)}, for a template already loaded from {@code template}. */
    public static String computePlatform(YamlMapping root, String template, String application)
            throws DeploymentGroupException {
        YamlMapping resources = root.mapping("Resources").orElse(null);
        if (resources == null) {
            return "Server";
        }
        TemplateGroupReader reader = new TemplateGroupReader(template, resources, Intrinsics.of(root),
                OptionalInt.empty());
        for (YamlEntry entry : resources.entries()) {
            if (entry.value() instanceof YamlMapping resource && isOfType(resource, APPLICATION_TYPE)) {
                YamlMapping properties = reader.properties(entry.keyText(), resource);
                String name = reader.textOr(properties.get("ApplicationName"), entry.keyText(), "ApplicationName");
                if (name.equals(application) || entry.keyText().equals(application)) {
                    return reader.textOr(properties.get("ComputePlatform"), "Server", "ComputePlatform");
                }
            }
        }
        return "Server";
    }

    private static Map<String, DeploymentGroup> byLogicalId(YamlMapping root, String file, OptionalInt instanceCount)
            throws DeploymentGroupException {
        YamlMapping resources = root.mapping("Resources").orElse(null);
        if (resources == null) {
            throw new DeploymentGroupException(file + ": the template has no 'Resources' mapping");
        }
        TemplateGroupReader reader = new TemplateGroupReader(file, resources, Intrinsics.of(root), instanceCount);
        Map<String, DeploymentGroup> groups = new LinkedHashMap<>();
        for (YamlEntry entry : resources.entries()) {
            if (entry.value() instanceof YamlMapping resource && isOfType(resource, GROUP_TYPE)) {
                groups.put(entry.keyText(), reader.group(entry.keyText(), reader.properties(entry.keyText(), resource)));
            }
        }
        return groups;
    }

    private DeploymentGroup group(String logicalId, YamlMapping properties) throws DeploymentGroupException {
        String name = textOr(properties.get("DeploymentGroupName"), logicalId, "DeploymentGroupName");
        if (!FolderNames.isSafe(name)) {
            YamlNode at = properties.has("DeploymentGroupName") ? properties.get("DeploymentGroupName") : properties;
            throw problem(at.start(), FolderNames.refusal(name, "deployment group name"));
        }
        YamlMapping style = properties.get("DeploymentStyle") instanceof YamlMapping m ? m : null;
        String type = style == null ? DeploymentGroup.IN_PLACE
                : textOr(style.get("DeploymentType"), DeploymentGroup.IN_PLACE, "DeploymentType");
        if (!type.equals(DeploymentGroup.IN_PLACE) && !type.equals(DeploymentGroup.BLUE_GREEN)) {
            throw problem(style.get("DeploymentType").start(), "DeploymentType is '" + type
                    + "'; CodeDeploy knows IN_PLACE and BLUE_GREEN");
        }
        boolean trafficControl = style != null && "WITH_TRAFFIC_CONTROL".equals(
                textOr(style.get("DeploymentOption"), "WITHOUT_TRAFFIC_CONTROL", "DeploymentOption"));
        boolean loadBalanced = properties.get("LoadBalancerInfo") instanceof YamlMapping info
                && !info.entries().isEmpty();
        return new DeploymentGroup(application(properties.get("ApplicationName")), name, "dg-" + name,
                config(properties.get("DeploymentConfigName")), instances(properties), type, trafficControl,
                loadBalanced, rollbackOnFailure(properties.get("AutoRollbackConfiguration")),
                file + ", resource '" + logicalId + "'", blueGreen(properties.get("BlueGreenDeploymentConfiguration")));
    }

    /** {@code BlueGreenDeploymentConfiguration}: when traffic moves, and what becomes of the original instances. */
    private BlueGreenSettings blueGreen(YamlNode node) throws DeploymentGroupException {
        if (!(node instanceof YamlMapping config)) {
            return BlueGreenSettings.DEFAULTS;
        }
        YamlMapping ready = config.get("DeploymentReadyOption") instanceof YamlMapping m ? m : null;
        YamlMapping terminate = config.get("TerminateBlueInstancesOnDeploymentSuccess") instanceof YamlMapping m
                ? m : null;
        return BlueGreenSettings.of(ready == null ? null : optionalText(ready.get("ActionOnTimeout")),
                ready == null ? null : minutes(ready.get("WaitTimeInMinutes")),
                terminate == null ? null : optionalText(terminate.get("Action")),
                terminate == null ? null : minutes(terminate.get("TerminationWaitTimeInMinutes")), where(config.start()));
    }

    private Integer minutes(YamlNode node) throws DeploymentGroupException {
        if (node == null) {
            return null;
        }
        String text = text(node, "a wait time");
        try {
            int minutes = Integer.parseInt(text.strip());
            if (minutes >= 0) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(node.start(), "the wait time is '" + text + "', not a whole number of minutes");
    }

    private String application(YamlNode node) throws DeploymentGroupException {
        String target = refTarget(node);
        YamlMapping application = target == null ? null : resource(target, APPLICATION_TYPE);
        if (application != null) {
            return textOr(properties(target, application).get("ApplicationName"), target, "ApplicationName");
        }
        return textOr(node, "application", "ApplicationName");
    }

    private DeploymentConfig config(YamlNode node) throws DeploymentGroupException {
        if (node == null) {
            return DeploymentConfig.ONE_AT_A_TIME;
        }
        String target = refTarget(node);
        YamlMapping referenced = target == null ? null : resource(target, CONFIG_TYPE);
        if (referenced != null) {
            return customConfig(target, properties(target, referenced));
        }
        String name = text(node, "DeploymentConfigName");
        if (DeploymentConfig.predefined(name).isPresent()) {
            return DeploymentConfig.predefined(name).get();
        }
        for (YamlEntry entry : resources.entries()) {
            if (entry.value() instanceof YamlMapping resource && isOfType(resource, CONFIG_TYPE)) {
                YamlMapping properties = properties(entry.keyText(), resource);
                if (name.equals(textOr(properties.get("DeploymentConfigName"), entry.keyText(), "DeploymentConfigName"))) {
                    return customConfig(entry.keyText(), properties);
                }
            }
        }
        throw problem(node.start(), "the deployment configuration '" + name + "' is neither predefined ("
                + DeploymentConfig.ONE_AT_A_TIME.name() + ", " + DeploymentConfig.HALF_AT_A_TIME.name() + ", "
                + DeploymentConfig.ALL_AT_ONCE.name() + ") nor an " + CONFIG_TYPE + " of this template");
    }

    private DeploymentConfig customConfig(String logicalId, YamlMapping properties) throws DeploymentGroupException {
        String platform = textOr(properties.get("ComputePlatform"), "Server", "ComputePlatform");
        if (!platform.equals("Server")) {
            throw problem(properties.get("ComputePlatform").start(), "the deployment configuration '" + logicalId
                    + "' is for the " + platform + " compute platform; an EC2/On-Premises group needs Server");
        }
        if (!(properties.get("MinimumHealthyHosts") instanceof YamlMapping minimum)) {
            throw problem(properties.start(), "the deployment configuration '" + logicalId
                    + "' has no MinimumHealthyHosts mapping (Type and Value), which a Server configuration needs");
        }
        String name = textOr(properties.get("DeploymentConfigName"), logicalId, "DeploymentConfigName");
        return new DeploymentConfig(name, MinimumHealthyHosts.read(
                text(minimum.get("Type"), "MinimumHealthyHosts Type"),
                text(minimum.get("Value"), "MinimumHealthyHosts Value"), where(minimum.start())));
    }

    private static boolean rollbackOnFailure(YamlNode node) {
        if (!(node instanceof YamlMapping rollback) || !(rollback.get("Enabled") instanceof YamlScalar enabled)
                || !enabled.value().equalsIgnoreCase("true")) {
            return false;
        }
        return rollback.get("Events") instanceof YamlSequence events && events.items().stream()
                .anyMatch(e -> e instanceof YamlScalar s && s.value().equals("DEPLOYMENT_FAILURE"));
    }

    private List<String> instances(YamlMapping properties) throws DeploymentGroupException {
        if (instanceCount.isPresent()) {
            return DeploymentGroup.numbered("i", instanceCount.getAsInt());
        }
        for (String unread : List.of("Ec2TagSet", "OnPremisesInstanceTagFilters", "OnPremisesTagSet")) {
            if (properties.has(unread)) {
                throw problem(properties.get(unread).start(), unread + " is not read yet to find the instances;"
                        + " give the number of instances instead");
            }
        }
        Set<String> instances = new LinkedHashSet<>();
        boolean named = false;
        if (properties.get("AutoScalingGroups") instanceof YamlSequence groups) {
            named = true;
            for (YamlNode item : groups.items()) {
                String logicalId = autoScalingGroup(item);
                YamlMapping asg = properties(logicalId, resource(logicalId, AUTO_SCALING_TYPE));
                YamlNode size = asg.has("DesiredCapacity") ? asg.get("DesiredCapacity") : asg.get("MinSize");
                instances.addAll(DeploymentGroup.numbered(logicalId, count(size, logicalId)));
            }
        }
        if (properties.get("Ec2TagFilters") instanceof YamlSequence filters) {
            named = true;
            int before = instances.size();
            for (YamlEntry entry : resources.entries()) {
                if (entry.value() instanceof YamlMapping resource && isOfType(resource, INSTANCE_TYPE)
                        && anyMatches(filters, properties(entry.keyText(), resource).get("Tags"))) {
                    instances.add(entry.keyText());
                }
            }
            if (instances.size() == before) {
                throw problem(filters.start(), "the Ec2TagFilters match no " + INSTANCE_TYPE + " of this template"
                        + " (the instances they tag are made elsewhere); give the number of instances instead");
            }
        }
        return named ? List.copyOf(instances) : DeploymentGroup.numbered("i", 1);
    }

    /** The logical id of the Auto Scaling group an {@code AutoScalingGroups} item names, by !Ref or by name. */
    private String autoScalingGroup(YamlNode item) throws DeploymentGroupException {
        String target = refTarget(item);
        if (target != null && resource(target, AUTO_SCALING_TYPE) != null) {
            return target;
        }
        String name = text(item, "AutoScalingGroups item");
        for (YamlEntry entry : resources.entries()) {
            if (entry.value() instanceof YamlMapping resource && isOfType(resource, AUTO_SCALING_TYPE)
                    && name.equals(optionalText(properties(entry.keyText(), resource).get("AutoScalingGroupName")))) {
                return entry.keyText();
            }
        }
        throw problem(item.start(), "the Auto Scaling group '" + name + "' is not an " + AUTO_SCALING_TYPE
                + " of this template; give the number of instances instead");
    }

    private int count(YamlNode size, String logicalId) throws DeploymentGroupException {
        if (size == null) {
            throw problem(resources.get(logicalId).start(), "the Auto Scaling group '" + logicalId
                    + "' has neither DesiredCapacity nor MinSize");
        }
        String text = text(size, "the size of '" + logicalId + "'");
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(size.start(), "the size of the Auto Scaling group '" + logicalId + "' is '" + text
                + "', not a whole number of instances");
    }

    /** True when one of the filters (they are alternatives) matches one of the instance's tags. */
    private boolean anyMatches(YamlSequence filters, YamlNode tags) {
        if (!(tags instanceof YamlSequence tagList)) {
            return false;
        }
        for (YamlNode filterNode : filters.items()) {
            if (!(filterNode instanceof YamlMapping filter)) {
                continue;
            }
            String key = optionalText(filter.get("Key"));
            String value = optionalText(filter.get("Value"));
            String type = optionalText(filter.get("Type"));
            for (YamlNode tagNode : tagList.items()) {
                if (tagNode instanceof YamlMapping tag && TagFilter.matches(type, key, value,
                        optionalText(tag.get("Key")), optionalText(tag.get("Value")))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- template access ----

    private YamlMapping resource(String logicalId, String type) {
        return resources.get(logicalId) instanceof YamlMapping resource && isOfType(resource, type) ? resource : null;
    }

    private YamlMapping properties(String logicalId, YamlMapping resource) throws DeploymentGroupException {
        YamlNode properties = resource.get("Properties");
        if (properties == null) {
            return new YamlMapping(List.of(), null, resource.start(), resource.end());
        }
        if (!(properties instanceof YamlMapping mapping)) {
            throw problem(properties.start(), "the Properties of '" + logicalId + "' are not a mapping");
        }
        return mapping;
    }

    private static boolean isOfType(YamlMapping resource, String type) {
        return resource.get("Type") instanceof YamlScalar scalar && scalar.value().equals(type);
    }

    /** The logical id a {@code !Ref} or {@code {"Ref": X}} names, or null for anything else. */
    private static String refTarget(YamlNode node) {
        return CodeDeployResources.refTarget(node);
    }

    /** The text of a value the template fixes, or null when it is absent or known only at deploy time. */
    private String optionalText(YamlNode node) {
        if (node == null) {
            return null;
        }
        if (Intrinsics.isIntrinsic(node)) {
            Value value = intrinsics.value(node);
            return value.isLiteral() ? value.text() : null;
        }
        return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : null;
    }

    private String text(YamlNode node, String what) throws DeploymentGroupException {
        String text = optionalText(node);
        if (text == null) {
            throw problem(node == null ? Position.START : node.start(), what + " is "
                    + (node != null && Intrinsics.isIntrinsic(node) ? "'" + intrinsics.value(node).text()
                    + "', known only when the stack is deployed" : "not a text value") + "; write the value itself");
        }
        return text;
    }

    private String textOr(YamlNode node, String absent, String what) throws DeploymentGroupException {
        return node == null ? absent : text(node, what);
    }

    private String where(Position at) {
        return file + ":" + at.line() + ":" + at.column();
    }

    private DeploymentGroupException problem(Position at, String message) {
        return new DeploymentGroupException(where(at) + ": " + message);
    }
}
