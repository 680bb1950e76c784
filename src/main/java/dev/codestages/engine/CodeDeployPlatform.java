package dev.codestages.engine;

import dev.codestages.appspec.AppspecFile;
import dev.codestages.appspec.Platform;
import dev.codestages.codedeploy.DeploymentConfig;
import dev.codestages.codedeploy.DeploymentGroupException;
import dev.codestages.codedeploy.ServiceGroup;
import dev.codestages.codedeploy.ServiceGroupReader;
import dev.codestages.codedeploy.lambda.LambdaDeploymentConfig;
import dev.codestages.codedeploy.lambda.LambdaException;
import dev.codestages.run.ZipArchives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Picks the player of a CodeDeploy action by its deployment group's compute platform, as CodeDeploy does: the
 * {@code ComputePlatform} of the group's {@code AWS::CodeDeploy::Application} in the pipeline's template,
 * else the platform of {@code run --deployment-config NAME}, else the platform the revision's AppSpec is
 * written for. Server (EC2/On-Premises) keeps the EC2 player; Lambda gets {@link LambdaDeployPlayer}. An
 * AppSpec written for another platform than the group's fails the action with the reason, so a Lambda or ECS
 * AppSpec never runs EC2 events (ApplicationStop, Install, ...).
 */
final class CodeDeployPlatform {

    private CodeDeployPlatform() {
    }

    /** The player of the CodeDeploy action {@code run}; {@code server} plays EC2/On-Premises groups. */
    static ActionPlayer playerFor(ActionRun run, ActionPlayer server, EngineClock clock, ComputeOptions options)
            throws IOException {
        Path revision = revision(run);
        Optional<Platform> written = revision == null ? Optional.empty() : AppspecFile.platformOf(revision);
        String group = run.configuration().getOrDefault("DeploymentGroupName", "LocalFleet");
        String platform;
        LambdaDeploymentConfig config;
        try {
            Optional<ServiceGroup> defined = ServiceGroupReader.find(run.execution().setup().pipelineFile(), group);
            if (defined.isPresent()) {
                platform = defined.get().computePlatform();
                config = defined.get().config();
            } else if (options.deploymentConfig() != null) {
                config = configNamed(options.deploymentConfig());
                platform = config == null ? ServiceGroup.SERVER
                        : LambdaDeploymentConfig.isEcs(config.name()) ? ServiceGroup.ECS : ServiceGroup.LAMBDA;
            } else {
                platform = written.map(CodeDeployPlatform::platformName).orElse(ServiceGroup.SERVER);
                config = platform.equals(ServiceGroup.LAMBDA)
                        ? LambdaDeploymentConfig.named(LambdaDeploymentConfig.LAMBDA_DEFAULT) : null;
            }
        } catch (DeploymentGroupException | LambdaException e) {
            return failing(e.getMessage());
        }
        if (written.isPresent() && !platformName(written.get()).equals(platform)) {
            return failing("the AppSpec of " + run.inputArtifacts().get(0) + " is written for "
                    + written.get().displayName() + ", but deployment group " + group + " deploys to the " + platform
                    + " compute platform; nothing was deployed");
        }
        switch (platform) {
            case ServiceGroup.LAMBDA:
                return new LambdaDeployPlayer(clock, options, config, revision);
            case ServiceGroup.ECS:
                return failing("deployment group " + group + " is an Amazon ECS group: CodePipeline deploys it with the"
                        + " CodeDeployToECS action (provider CodeDeployToECS), not CodeDeploy");
            default:
                return server;
        }
    }

    /** A predefined configuration: Lambda or ECS, or null for an EC2/On-Premises one. */
    private static LambdaDeploymentConfig configNamed(String name) throws LambdaException {
        if (LambdaDeploymentConfig.isEcs(name)) {
            return LambdaDeploymentConfig.ecsNamed(name);
        }
        if (DeploymentConfig.predefined(name).isPresent()) {
            return null;
        }
        return LambdaDeploymentConfig.named(name);
    }

    private static String platformName(Platform platform) {
        return platform == Platform.LAMBDA ? ServiceGroup.LAMBDA
                : platform == Platform.ECS ? ServiceGroup.ECS : ServiceGroup.SERVER;
    }

    /** The action's first input artifact unpacked into its work folder; null when it has none or it cannot be read. */
    static Path revision(ActionRun run) {
        if (run.inputArtifacts().isEmpty()) {
            return null;
        }
        Path artifact = run.execution().artifacts().get(run.inputArtifacts().get(0));
        if (artifact == null || Files.isDirectory(artifact)) {
            return artifact;
        }
        Path revision = run.workDir().resolve("revision");
        try {
            ZipArchives.unpack(artifact, revision);
        } catch (IOException e) {
            return null; // the EC2 player reports an unreadable bundle in the agent's words
        }
        return revision;
    }

    private static ActionPlayer failing(String message) {
        return run -> ActionOutcome.failed("JobFailed", message);
    }
}
