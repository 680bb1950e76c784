package dev.codestages.appspec;

import java.util.List;

/**
 * The names CodeDeploy finds an AppSpec by, at the root of the revision. The EC2/On-Premises agent
 * looks for appspec.yml, then appspec.yaml (aws-codedeploy-agent,
 * lib/instance_agent/plugins/codedeploy/command_executor.rb, {@code app_spec_real_path}); the
 * CodeDeploy service also takes appspec.json for Lambda and ECS.
 */
public final class AppspecFileNames {

    /** The names the EC2/On-Premises agent looks for, in the order it looks. */
    public static final List<String> EC2 = List.of("appspec.yml", "appspec.yaml");

    /** The names a Lambda or ECS AppSpec may have. */
    public static final List<String> SERVICE = List.of("appspec.yml", "appspec.yaml", "appspec.json");

    private AppspecFileNames() {
    }

    /** The names CodeDeploy looks for on a platform. */
    public static List<String> of(Platform platform) {
        return platform == Platform.EC2 ? EC2 : SERVICE;
    }
}
