package dev.codestages.api;

import static dev.codestages.api.ApiJsonWriter.object;
import static dev.codestages.api.PipelineDeclarationView.text;

import dev.codestages.codedeploy.RerouteRequests;
import dev.codestages.codedeploy.StopDeploymentRequests;

import dev.codestages.engine.ActionState;
import dev.codestages.engine.DeploymentGroupResolver;
import dev.codestages.engine.ExecutionState;
import dev.codestages.engine.StageState;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * CodeDeploy's operations (target prefix {@code CodeDeploy_20141006}) over the deployments the engine's
 * CodeDeploy actions recorded ({@code ActionState.Deployment}): applications and deployment groups (those the
 * pipeline's CodeDeploy actions name, and those deployments went to), deployments and their instance
 * targets with the lifecycle events. A group's configuration, deployment style and compute platform are the
 * engine's reading of it (DeploymentGroupResolver); ContinueDeployment goes through the blue/green deployment's wait as
 * {@code codestages continue} does, and StopDeployment asks the playing deployment to stop through the store.
 */
final class CodeDeployApi extends AwsService {

    /** CodeDeploy's default configuration when a group names none (deployment-configurations.html). */
    static final String DEFAULT_CONFIG = "CodeDeployDefault.OneAtATime";

    /**
     * A deployment that failed on its instances ends HEALTH_CONSTRAINTS (API reference, ErrorInformation), with
     * this message as CodeDeploy words it (seen in public, e.g. carnot-technologies/CodeDeployGitHubDemo's FAQ);
     * which hook failed is in the target's lifecycle events.
     */
    static final String HEALTH_CONSTRAINTS = "The overall deployment failed because too many individual instances failed"
            + " deployment, too few healthy instances are available for deployment, or some instances in your deployment"
            + " group are experiencing problems.";

    /** Diagnostics carry at most the last 4 KB of a script's output (API reference, Diagnostics). */
    private static final int LOG_TAIL = 4096;

    /** BatchGetDeploymentTargets takes at most 25 target ids (its API reference). */
    private static final int MAX_TARGETS = 25;

    /** One recorded deployment and the action that made it. */
    private record Recorded(ExecutionState execution, String stage, ActionState action, ActionState.Deployment deployment) {
    }

    private final ApiProject project;

    CodeDeployApi(ApiProject project) {
        super("CodeDeploy_20141006", "codedeploy");
        this.project = project;
    }

    @Override
    Object call(String operation, ApiInput input) throws AwsApiError {
        switch (operation) {
            case "ListApplications":
                return object("applications", new ArrayList<>(groups().keySet()));
            case "ListDeploymentGroups": {
                String application = application(input);
                return object("applicationName", application, "deploymentGroups",
                        new ArrayList<>(groups().get(application)));
            }
            case "GetDeploymentGroup":
                return getDeploymentGroup(input);
            case "ListDeployments":
                return listDeployments(input);
            case "GetDeployment": {
                Recorded recorded = deployment(input);
                return object("deploymentInfo", info(recorded));
            }
            case "ListDeploymentTargets": {
                Recorded recorded = deployment(input);
                return object("targetIds", recorded.deployment().instances().stream()
                        .map(i -> (Object) i.instanceId()).toList());
            }
            case "BatchGetDeploymentTargets":
                return batchGetTargets(input);
            case "ContinueDeployment":
                return continueDeployment(input);
            case "StopDeployment":
                return stopDeployment(input);
            default:
                throw unknown(operation);
        }
    }

    private Object getDeploymentGroup(ApiInput input) throws AwsApiError {
        String application = application(input);
        String group = input.text("deploymentGroupName");
        if (group == null || group.isEmpty()) {
            throw new AwsApiError("DeploymentGroupNameRequiredException", "The deployment group name was not specified.");
        }
        if (!groups().get(application).contains(group)) {
            throw new AwsApiError("DeploymentGroupDoesNotExistException", "No Deployment Group found for name: " + group);
        }
        Recorded lastAttempted = null;
        Recorded lastSucceeded = null;
        for (Recorded recorded : recorded()) {
            if (recorded.deployment().applicationName().equals(application)
                    && recorded.deployment().deploymentGroupName().equals(group)) {
                lastAttempted = lastAttempted == null ? recorded : lastAttempted;
                if (lastSucceeded == null && "Succeeded".equals(recorded.deployment().status())) {
                    lastSucceeded = recorded;
                }
            }
        }
        DeploymentGroupResolver.Description described = describe(application, group);
        return object("deploymentGroupInfo", object("applicationName", application,
                "deploymentGroupId", UUID.nameUUIDFromBytes((application + "\n" + group).getBytes(StandardCharsets.UTF_8))
                        .toString(),
                "deploymentGroupName", group, "deploymentConfigName", described.deploymentConfigName(),
                "deploymentStyle", style(described),
                "lastSuccessfulDeployment", last(lastSucceeded), "lastAttemptedDeployment", last(lastAttempted),
                "computePlatform", described.computePlatform()));
    }

    private static Map<String, Object> last(Recorded recorded) {
        return recorded == null ? null : object("deploymentId", recorded.deployment().deploymentId(),
                "status", recorded.deployment().status(), "endTime", recorded.action().endTime(),
                "createTime", recorded.action().startTime());
    }

    private Object listDeployments(ApiInput input) throws AwsApiError {
        String application = input.text("applicationName");
        String group = input.text("deploymentGroupName");
        if (application != null && group == null) {
            throw new AwsApiError("DeploymentGroupNameRequiredException", "The deployment group name was not specified.");
        }
        if (group != null && application == null) {
            throw new AwsApiError("ApplicationNameRequiredException", "The minimum number of required application names"
                    + " was not specified.");
        }
        if (application != null && !groups().containsKey(application)) {
            throw new AwsApiError("ApplicationDoesNotExistException", "No application found for name: " + application);
        }
        List<Object> statuses = input.list("includeOnlyStatuses");
        List<Object> ids = new ArrayList<>();
        for (Recorded recorded : recorded()) {
            ActionState.Deployment deployment = recorded.deployment();
            if ((application == null || deployment.applicationName().equals(application)
                    && deployment.deploymentGroupName().equals(group))
                    && (statuses.isEmpty() || statuses.contains(deployment.status()))) {
                ids.add(deployment.deploymentId());
            }
        }
        return object("deployments", ids);
    }

    private Map<String, Object> info(Recorded recorded) {
        ActionState.Deployment deployment = recorded.deployment();
        Map<String, Long> overview = new LinkedHashMap<>();
        for (String status : List.of("Pending", "InProgress", "Succeeded", "Failed", "Skipped", "Ready")) {
            overview.put(status, deployment.instances().stream().filter(i -> status.equals(i.status())).count());
        }
        boolean done = recorded.action().endTime() != null;
        DeploymentGroupResolver.Description described = describe(deployment.applicationName(),
                deployment.deploymentGroupName());
        return object("applicationName", deployment.applicationName(),
                "deploymentGroupName", deployment.deploymentGroupName(),
                "deploymentConfigName", described.deploymentConfigName(),
                "deploymentId", deployment.deploymentId(), "status", deployment.status(),
                "errorInformation", "Failed".equals(deployment.status())
                        ? object("code", "HEALTH_CONSTRAINTS", "message", HEALTH_CONSTRAINTS) : null,
                "createTime", recorded.action().startTime(), "startTime", recorded.action().startTime(),
                "completeTime", done ? recorded.action().endTime() : null,
                "deploymentOverview", overview,
                "deploymentStyle", style(described),
                "computePlatform", deployment.computePlatform() != null ? deployment.computePlatform()
                        : described.computePlatform());
    }

    /**
     * The group as an execution of this project finds it now (DeploymentGroupResolver, the engine's reading);
     * CodeDeploy's defaults when its definition cannot be read any more.
     */
    private DeploymentGroupResolver.Description describe(String application, String group) {
        try {
            return DeploymentGroupResolver.describe(project.setup(null, Map.of()), application, group);
        } catch (IOException e) {
            return new DeploymentGroupResolver.Description(DEFAULT_CONFIG, "IN_PLACE", "WITHOUT_TRAFFIC_CONTROL",
                    "Server");
        }
    }

    private static Map<String, Object> style(DeploymentGroupResolver.Description described) {
        return object("deploymentType", described.deploymentType(), "deploymentOption", described.deploymentOption());
    }

    private Object batchGetTargets(ApiInput input) throws AwsApiError {
        Recorded recorded = deployment(input);
        List<Object> ids = input.list("targetIds");
        if (ids.isEmpty()) {
            throw new AwsApiError("DeploymentTargetIdRequiredException", "A deployment target ID was not provided.");
        }
        if (ids.size() > MAX_TARGETS) {
            throw new AwsApiError("DeploymentTargetListSizeExceededException", "The maximum number of targets that can be"
                    + " requested is " + MAX_TARGETS + ".");
        }
        Instant updated = recorded.action().endTime() != null ? recorded.action().endTime() : recorded.action().startTime();
        List<Object> targets = new ArrayList<>();
        for (Object id : ids) {
            ActionState.Instance instance = recorded.deployment().instances().stream()
                    .filter(i -> i.instanceId().equals(id)).findFirst().orElse(null);
            if (instance == null) {
                throw new AwsApiError("DeploymentTargetDoesNotExistException", "The deployment target " + id
                        + " does not exist in deployment " + recorded.deployment().deploymentId() + ".");
            }
            List<Object> events = new ArrayList<>();
            for (ActionState.Event event : instance.events()) {
                events.add(object("lifecycleEventName", event.name(), "diagnostics", diagnostics(event, logTail(recorded, instance, event)),
                        "status", event.status()));
            }
            targets.add(object("deploymentTargetType", "InstanceTarget", "instanceTarget", object(
                    "deploymentId", recorded.deployment().deploymentId(), "targetId", instance.instanceId(),
                    "targetArn", LocalAccount.arn("ec2", "instance/" + instance.instanceId()),
                    "status", instance.status(), "lastUpdatedAt", updated, "lifecycleEvents", events)));
        }
        return object("deploymentTargets", targets);
    }

    /** The agent's diagnostics: Success, or ScriptFailed with the script, its exit code and the end of its output. */
    private static Map<String, Object> diagnostics(ActionState.Event event, String logTail) {
        if ("Succeeded".equals(event.status())) {
            return object("errorCode", "Success", "scriptName", "", "message", "Succeeded", "logTail", "");
        }
        for (ActionState.Script script : event.scripts()) {
            if (script.exitCode() != null && script.exitCode() != 0) {
                return object("errorCode", "ScriptFailed", "scriptName", script.location(),
                        "message", "Script at specified location: " + script.location() + " failed with exit code "
                                + script.exitCode(), "logTail", logTail);
            }
        }
        return "Failed".equals(event.status()) ? object("errorCode", "UnknownError", "scriptName", "",
                "message", event.name() + " failed", "logTail", logTail) : null;
    }

    /**
     * The end of what the event printed on the instance, from the action's log (its last
     * {@code == INSTANCE EVENT} section): up to the last 4 KB, as the Diagnostics reference says CodeDeploy returns.
     */
    private String logTail(Recorded recorded, ActionState.Instance instance, ActionState.Event event) {
        List<String> lines;
        try {
            lines = Files.readAllLines(project.store().log(recorded.execution().executionId(), recorded.stage(),
                    recorded.action().name()), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
        String section = "== " + instance.instanceId() + " " + event.name();
        int start = lines.lastIndexOf(section);
        if (start < 0) {
            return "";
        }
        StringBuilder tail = new StringBuilder();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith(section + ":")) {
                break;
            }
            tail.append(line).append('\n');
        }
        return tail.length() > LOG_TAIL ? tail.substring(tail.length() - LOG_TAIL) : tail.toString();
    }

    /**
     * ContinueDeployment: a blue/green deployment waiting to reroute traffic (READY_WAIT) or to terminate its
     * original instances (TERMINATION_WAIT) goes on now, through the same request {@code codestages continue}
     * makes ({@link RerouteRequests}); any other running deployment is not in a state to continue.
     */
    private Object continueDeployment(ApiInput input) throws AwsApiError {
        Recorded recorded = running(input);
        String id = recorded.deployment().deploymentId();
        try {
            // the group's folder is below the instance folder, which is the store's own unless the project moved it
            if (RerouteRequests.request(project.storeDir(), id).isPresent()
                    || !project.target().startsWith(project.storeDir())
                    && RerouteRequests.request(project.target(), id).isPresent()) {
                return Map.of();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new AwsApiError("InvalidDeploymentIdException", e.getMessage());
        }
        throw new AwsApiError("DeploymentIsNotInReadyStateException", "The deployment " + id + " is not waiting:"
                + " only a blue/green deployment waiting to reroute traffic or to terminate its original instances can"
                + " be continued.");
    }

    /**
     * StopDeployment: asks the running deployment to stop, through the store ({@link StopDeploymentRequests}), so
     * that the process that plays it (this console's, or a {@code codestages run}) stops it at its next instance,
     * traffic step or look during a blue/green wait; rolled back when {@code autoRollbackEnabled} is true (absent:
     * not, as the console's "Stop deployment" next to "Stop and roll back deployment", deployments-stop.html). As in
     * AWS the answer comes at once, Pending; GetDeployment shows Stopped once the deployment has stopped, and the
     * pipeline's CodeDeploy action fails.
     */
    private Object stopDeployment(ApiInput input) throws AwsApiError {
        Recorded recorded = running(input);
        String id = recorded.deployment().deploymentId();
        boolean rollBack = input.flag("autoRollbackEnabled");
        try {
            new StopDeploymentRequests(project.storeDir()).request(id, rollBack);
        } catch (IOException | IllegalArgumentException e) {
            throw new AwsApiError("InvalidDeploymentIdException", e.getMessage());
        }
        return object("status", "Pending", "statusMessage", "Stopping deployment " + id
                + (rollBack ? "; it will be rolled back" : "") + ".");
    }

    /** The deployment the input names, when it has not completed yet. */
    private Recorded running(ApiInput input) throws AwsApiError {
        Recorded recorded = deployment(input);
        if (recorded.action().endTime() != null) {
            throw new AwsApiError("DeploymentAlreadyCompletedException", "The deployment "
                    + recorded.deployment().deploymentId() + " is already completed.");
        }
        return recorded;
    }

    private String application(ApiInput input) throws AwsApiError {
        String application = input.text("applicationName");
        if (application == null || application.isEmpty()) {
            throw new AwsApiError("ApplicationNameRequiredException", "The minimum number of required application names"
                    + " was not specified.");
        }
        if (!groups().containsKey(application)) {
            throw new AwsApiError("ApplicationDoesNotExistException", "No application found for name: " + application);
        }
        return application;
    }

    private Recorded deployment(ApiInput input) throws AwsApiError {
        String id = input.text("deploymentId");
        if (id == null || id.isEmpty()) {
            throw new AwsApiError("DeploymentIdRequiredException", "At least one deployment ID must be specified.");
        }
        return recorded().stream().filter(r -> r.deployment().deploymentId().equals(id)).findFirst()
                .orElseThrow(() -> new AwsApiError("DeploymentDoesNotExistException", "The deployment " + id
                        + " could not be found."));
    }

    /** Applications and their groups, sorted: the pipeline's CodeDeploy actions' and the recorded deployments'. */
    private Map<String, TreeSet<String>> groups() throws AwsApiError {
        Map<String, TreeSet<String>> groups = new TreeMap<>();
        try {
            Pipeline pipeline = project.pipeline();
            for (Action action : pipeline.actions()) {
                if (text(action.provider()).equals("CodeDeploy")) {
                    Map<String, String> configuration = action.configuration().asMap();
                    // the engine's DeployPlayer falls back to these names when the configuration has none
                    groups.computeIfAbsent(configuration.getOrDefault("ApplicationName", "local-app"), a -> new TreeSet<>())
                            .add(configuration.getOrDefault("DeploymentGroupName", "LocalFleet"));
                }
            }
        } catch (IOException e) {
            // an unreadable definition still leaves the recorded deployments to show
        }
        for (Recorded recorded : recorded()) {
            groups.computeIfAbsent(recorded.deployment().applicationName(), a -> new TreeSet<>())
                    .add(recorded.deployment().deploymentGroupName());
        }
        return groups;
    }

    /** Every recorded deployment, newest first. */
    private List<Recorded> recorded() throws AwsApiError {
        List<Recorded> all = new ArrayList<>();
        for (ExecutionState execution : StoredExecutions.all(project)) {
            List<Recorded> ofExecution = new ArrayList<>();
            for (StageState stage : execution.stages()) {
                for (ActionState action : stage.actions()) {
                    if (action.deployment() != null) {
                        ofExecution.add(new Recorded(execution, stage.name(), action, action.deployment()));
                    }
                }
            }
            Collections.reverse(ofExecution);
            all.addAll(ofExecution);
        }
        return all;
    }
}
