package dev.codestages.appspec;

import dev.codestages.yaml.YamlMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * An Amazon ECS AppSpec as the CodeDeploy service reads it for a blue/green deployment: the
 * {@code TargetService}'s {@code TaskDefinition}, the container and port of its {@code LoadBalancerInfo} that
 * traffic goes to, and the hook functions of BeforeInstall, AfterInstall, AfterAllowTestTraffic,
 * BeforeAllowTraffic and AfterAllowTraffic
 * (https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-resources.html,
 * reference-appspec-file-structure-hooks.html, "AppSpec 'hooks' section for an Amazon ECS deployment").
 *
 * @param hooks event name to hook function name, in file order
 */
public record EcsAppspec(String taskDefinition, String containerName, int containerPort, Map<String, String> hooks) {

    public static final String SERVICE_TYPE = "AWS::ECS::Service";

    public EcsAppspec {
        hooks = ServiceHooks.copy(hooks);
    }

    /** Reads and checks the AppSpec of an unpacked revision (appspec.yml, .yaml or .json). */
    public static EcsAppspec load(Path revision) throws IOException {
        return of(AppspecFile.readService(revision, Platform.ECS));
    }

    /** The deployment's reading of an AppSpec the linter accepted for ECS. */
    public static EcsAppspec of(Appspec appspec) throws IOException {
        YamlMapping properties = ServiceHooks.properties(appspec, SERVICE_TYPE);
        YamlMapping info = Appspec.valueOf(Appspec.field(properties, "LoadBalancerInfo")) instanceof YamlMapping m
                ? m : null;
        String port = info == null ? null : ServiceHooks.text(info, "ContainerPort");
        int containerPort;
        try {
            containerPort = port == null ? 0 : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IOException("the AppSpec's ContainerPort '" + port + "' is not a port number");
        }
        return new EcsAppspec(ServiceHooks.text(properties, "TaskDefinition"),
                info == null ? null : ServiceHooks.text(info, "ContainerName"), containerPort, ServiceHooks.of(appspec));
    }
}
