package dev.codestages.run;

import java.util.List;

/**
 * The lifecycle events of an EC2/On-Premises in-place deployment without a load balancer, in the
 * order the CodeDeploy agent runs them (its DEFAULT_ORDERED_LIFECYCLE_EVENTS, less the traffic events
 * that need a load balancer); https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html.
 * DownloadBundle and Install are done by the agent itself and run no scripts.
 */
public final class LifecycleEvent {

    public static final String APPLICATION_STOP = "ApplicationStop";
    public static final String DOWNLOAD_BUNDLE = "DownloadBundle";
    public static final String BEFORE_INSTALL = "BeforeInstall";
    public static final String INSTALL = "Install";
    public static final String AFTER_INSTALL = "AfterInstall";
    public static final String APPLICATION_START = "ApplicationStart";
    public static final String VALIDATE_SERVICE = "ValidateService";

    /** In-place order. */
    public static final List<String> IN_PLACE = List.of(APPLICATION_STOP, DOWNLOAD_BUNDLE, BEFORE_INSTALL, INSTALL,
            AFTER_INSTALL, APPLICATION_START, VALIDATE_SERVICE);

    private LifecycleEvent() {
    }

    /** True for the events the agent does itself. */
    public static boolean isReserved(String event) {
        return event.equals(DOWNLOAD_BUNDLE) || event.equals(INSTALL);
    }
}
