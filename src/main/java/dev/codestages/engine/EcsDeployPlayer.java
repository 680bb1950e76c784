package dev.codestages.engine;

import dev.codestages.appspec.AppspecRejectedException;
import dev.codestages.appspec.EcsAppspec;
import dev.codestages.codedeploy.DeploymentIds;
import dev.codestages.codedeploy.ServiceDeploymentResult;
import dev.codestages.codedeploy.ServiceGroup;
import dev.codestages.codedeploy.ecs.EcsDeployment;
import dev.codestages.codedeploy.ecs.TaskDefinition;
import dev.codestages.codedeploy.lambda.HookFunctions;
import dev.codestages.run.ZipArchives;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CodeDeployToECS action (Amazon ECS and CodeDeploy blue/green,
 * https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-ECSbluegreen.html): reads the task
 * definition template ({@code TaskDefinitionTemplateArtifact}/{@code TaskDefinitionTemplatePath}, default
 * taskdef.json), puts each image URI of {@code ImageNArtifactName}'s imageDetail.json where the template says
 * {@code <ImageNContainerName>}, registers the result as the family's next revision, puts that task
 * definition's ARN where the AppSpec template ({@code AppSpecTemplateArtifact}/{@code AppSpecTemplatePath},
 * default appspec.yaml) says {@code <TASK_DEFINITION>}, and plays the blue/green deployment with
 * {@link EcsDeployment}. The original task set runs the service's current task definition: the one the last
 * successful deployment of this group registered, else the template's {@code AWS::ECS::TaskDefinition}. The
 * configuration and the original's termination wait come from the group as {@link DeploymentGroupResolver} finds
 * it (a {@code --deployment-group} file, the template, else {@code run --deployment-config} or
 * CodeDeployDefault.ECSAllAtOnce and no wait). The record shows the deployment from its start; a stop and abandon
 * of the execution, or a StopDeployment during the traffic shift, sends the traffic back to the original task set. Task sets and listeners stop when the action
 * ends.
 */
final class EcsDeployPlayer implements ActionPlayer {

    static final String PROVIDER = "CodeDeployToECS";

    private static final Pattern IMAGE_URI = Pattern.compile("\"ImageURI\"\\s*:\\s*\"([^\"]*)\"");

    private final EngineClock clock;
    private final ComputeOptions options;
    private final ServiceGroup deploymentGroup;

    /** Plays to {@code deploymentGroup}, an ECS group as {@link DeploymentGroupResolver} found it. */
    EcsDeployPlayer(EngineClock clock, ComputeOptions options, ServiceGroup deploymentGroup) {
        this.clock = clock;
        this.options = options;
        this.deploymentGroup = deploymentGroup;
    }

    @Override
    public ActionOutcome play(ActionRun run) throws IOException, InterruptedException {
        Map<String, String> config = run.configuration();
        String application = config.getOrDefault("ApplicationName", "local-app");
        String group = config.getOrDefault("DeploymentGroupName", "LocalService");
        for (String required : new String[] {"TaskDefinitionTemplateArtifact", "AppSpecTemplateArtifact"}) {
            if (!config.containsKey(required)) {
                return ActionOutcome.failed("ConfigurationError", "a CodeDeployToECS action needs " + required);
            }
        }
        String taskDefinitionText;
        String appspecTemplate;
        try {
            taskDefinitionText = withImages(run, read(run, config.get("TaskDefinitionTemplateArtifact"),
                    config.getOrDefault("TaskDefinitionTemplatePath", "taskdef.json")));
            appspecTemplate = read(run, config.get("AppSpecTemplateArtifact"),
                    config.getOrDefault("AppSpecTemplatePath", "appspec.yaml"));
        } catch (ConfigurationProblem e) {
            return ActionOutcome.failed("ConfigurationError", e.getMessage());
        }
        TaskDefinition next = TaskDefinition.parse(taskDefinitionText, "the task definition template");
        Path registered = register(run.store(), next.family(), taskDefinitionText);
        String arn = "arn:aws:ecs:local:000000000000:task-definition/" + next.family() + ":"
                + registered.getFileName().toString().replace(".json", "");
        run.listener().note("", "registered task definition " + arn);
        Path appspecDir = Files.createDirectories(run.workDir().resolve("appspec"));
        Files.writeString(appspecDir.resolve("appspec.yaml"), appspecTemplate.replace("<TASK_DEFINITION>", arn),
                StandardCharsets.UTF_8);
        EcsAppspec appspec;
        try {
            appspec = EcsAppspec.load(appspecDir);
        } catch (AppspecRejectedException e) {
            return ActionOutcome.failed("JobFailed", e.getMessage() + ": " + e.findings().get(0).message());
        }
        Path current = run.store().resolve("ecs").resolve("services").resolve(ExecutionStore.safe(application))
                .resolve(ExecutionStore.safe(group) + ".json");
        Path project = run.execution().setup().repository();
        String id = DeploymentIds.next();
        LiveDeployment live = new LiveDeployment(run, clock, application, group, id, ServiceGroup.ECS,
                "service:" + appspec.containerName());
        ServiceDeploymentResult result;
        try (EcsDeployment deployment = new EcsDeployment(new HookFunctions(ActionFunctions.of(run, options.functions())),
                new EngineDeploymentClock(clock), options.containers(), project, new Random())) {
            // a stop and abandon reaches the traffic shift between two steps (stopNow) or a wait (the interrupt)
            result = deployment.play(id, appspec, next, original(run, current), deploymentGroup.config(),
                    deploymentGroup.terminationWait(), run.progress()::stopNow, live);
        } catch (InterruptedException e) {
            // EcsDeployment sent both listeners back to the original task set; the action's end stops them all
            live.stopped();
            throw e;
        }
        if (result.succeeded()) {
            Files.createDirectories(current.getParent());
            Files.writeString(current, taskDefinitionText, StandardCharsets.UTF_8);
        }
        return ServiceDeploymentOutcome.of(result, application, group, ServiceGroup.ECS);
    }

    /** The text of {@code path} in the input artifact {@code artifact}. */
    private static String read(ActionRun run, String artifact, String path) throws ConfigurationProblem, IOException {
        Path folder = unpacked(run, artifact);
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            throw new ConfigurationProblem("the artifact " + artifact + " has no file " + path);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Puts each {@code ImageN} artifact's image URI where the task definition says {@code <ImageNContainerName>}. */
    private static String withImages(ActionRun run, String taskDefinition) throws ConfigurationProblem, IOException {
        String text = taskDefinition;
        for (int n = 1; n <= 4; n++) {
            String artifact = run.configuration().get("Image" + n + "ArtifactName");
            String placeholder = run.configuration().get("Image" + n + "ContainerName");
            if (artifact == null || placeholder == null) {
                continue;
            }
            Path detail = unpacked(run, artifact).resolve("imageDetail.json");
            Matcher uri = Files.isRegularFile(detail) ? IMAGE_URI.matcher(Files.readString(detail)) : null;
            if (uri == null || !uri.find()) {
                // CodePipeline's message when imageDetail.json is missing or unreadable (seen in public reports)
                throw new ConfigurationProblem("Exception while trying to read the image artifact file from the artifact: "
                        + artifact);
            }
            text = text.replace("<" + placeholder + ">", uri.group(1));
        }
        return text;
    }

    private static Path unpacked(ActionRun run, String artifact) throws ConfigurationProblem, IOException {
        if (!run.inputArtifacts().contains(artifact)) {
            throw new ConfigurationProblem("the artifact " + artifact + " is not an input artifact of the action");
        }
        Path source = run.execution().artifacts().get(artifact);
        if (Files.isDirectory(source)) {
            return source.toRealPath();
        }
        Path folder = run.workDir().resolve("artifacts").resolve(ExecutionStore.safe(artifact));
        if (!Files.isDirectory(folder)) {
            ZipArchives.unpack(source, folder);
        }
        return folder.toRealPath();
    }

    /** Registers a task definition as the next revision of its family in the store; returns its file. */
    private static Path register(Path store, String family, String text) throws IOException {
        Path folder = Files.createDirectories(store.resolve("ecs").resolve("task-definitions")
                .resolve(ExecutionStore.safe(family)));
        for (int revision = 1; ; revision++) {
            Path file = folder.resolve(revision + ".json");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE);
                return file;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // a concurrent or earlier registration has this revision: take the next
            }
        }
    }

    /** The service's current task definition: the last one deployed, else the template's; null without one. */
    private static TaskDefinition original(ActionRun run, Path current) throws IOException {
        if (Files.isRegularFile(current)) {
            return TaskDefinition.parse(Files.readString(current, StandardCharsets.UTF_8), current.toString());
        }
        return TaskDefinition.inTemplate(run.execution().setup().pipelineFile()).orElse(null);
    }

    /** A configuration the action cannot be played with. */
    private static final class ConfigurationProblem extends Exception {
        ConfigurationProblem(String message) {
            super(message, null, false, false);
        }
    }
}
