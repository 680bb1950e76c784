package dev.codestages.appspec;

import java.util.List;

/**
 * The CodeDeploy lifecycle events, read by the AppSpec rules and by the local agent in {@code run}:
 * which events an AppSpec may hook, which are reserved for CodeDeploy and which the agent on the
 * instance is sent; the order they run in for each kind of deployment is {@link DeploymentType}.
 * Source: the AppSpec hooks section,
 * https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html;
 * the scriptable EC2 names are exactly the keys of the agent's {@code DEFAULT_HOOK_MAPPING}.
 */
public final class LifecycleEvents {

    public static final String APPLICATION_STOP = "ApplicationStop";
    public static final String DOWNLOAD_BUNDLE = "DownloadBundle";
    public static final String INSTALL = "Install";

    /** EC2/On-Premises events that run the AppSpec's scripts, in run order. */
    public static final List<String> EC2_SCRIPTABLE = List.of("BeforeBlockTraffic", "AfterBlockTraffic",
            "ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService",
            "BeforeAllowTraffic", "AfterAllowTraffic");

    /** EC2/On-Premises events that CodeDeploy runs itself; scripts listed under them never run. */
    public static final List<String> EC2_RESERVED = List.of("Start", "DownloadBundle", "Install", "BlockTraffic",
            "AllowTraffic", "End");

    /** Lambda: the events a hook function may run at. */
    public static final List<String> LAMBDA_HOOKS = List.of("BeforeAllowTraffic", "AfterAllowTraffic");

    /** ECS: the events a hook function may run at. */
    public static final List<String> ECS_HOOKS = List.of("BeforeInstall", "AfterInstall", "AfterAllowTestTraffic",
            "BeforeAllowTraffic", "AfterAllowTraffic");

    private LifecycleEvents() {
    }

    /**
     * True for the EC2/On-Premises events the agent on the instance carries out: the scriptable ones and
     * its own DownloadBundle and Install. Start, End, BlockTraffic and AllowTraffic are done by the
     * CodeDeploy service (aws-codedeploy-agent, lib/aws/codedeploy/local/deployer.rb,
     * {@code DEFAULT_ORDERED_LIFECYCLE_EVENTS}).
     */
    public static boolean runByAgent(String event) {
        return EC2_SCRIPTABLE.contains(event) || event.equals(DOWNLOAD_BUNDLE) || event.equals(INSTALL);
    }

    /** The events a hook may name on a platform. */
    public static List<String> hookable(Platform platform) {
        switch (platform) {
            case LAMBDA:
                return LAMBDA_HOOKS;
            case ECS:
                return ECS_HOOKS;
            default:
                return EC2_SCRIPTABLE;
        }
    }

    /** An order for prose: "Start → ApplicationStop → …", reserved events marked with a star. */
    public static String describe(List<String> order) {
        StringBuilder out = new StringBuilder();
        for (String event : order) {
            if (out.length() > 0) {
                out.append(" → ");
            }
            out.append(event);
            if (EC2_RESERVED.contains(event) && !event.equals("Start") && !event.equals("End")
                    || event.equals("AllowTestTraffic")) {
                out.append('*');
            }
        }
        return out.toString();
    }
}
