package dev.codestages.bundle.rules;

/** The pages the bundle rules cite as their source. */
final class BundleDocPages {

    private static final String GUIDE = "https://docs.aws.amazon.com/codedeploy/latest/userguide/";

    static final String HOOKS = GUIDE + "reference-appspec-file-structure-hooks.html";
    static final String FILES = GUIDE + "reference-appspec-file-structure-files.html";
    static final String APPSPEC = GUIDE + "reference-appspec-file.html";
    static final String TROUBLESHOOTING = GUIDE + "troubleshooting-deployments.html";
    static final String BUNDLE = GUIDE + "application-revisions-plan.html";
    static final String ARTIFACTS = "https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html";
    static final String HOOK_EXECUTOR = "https://github.com/aws/aws-codedeploy-agent/blob/"
            + "800eb2882ae1b0b0bf67ff56df5ae31eb013c782/lib/instance_agent/plugins/codedeploy/hook_executor.rb";
    static final String AGENT_ISSUE_182 = "https://github.com/aws/aws-codedeploy-agent/issues/182";

    /** An EC2 AppSpec whose ApplicationStop runs scripts/stop.sh, for the examples. */
    static final String STOP = """
            version: 0.0
            os: linux
            hooks:
              ApplicationStop:
                - location: scripts/stop.sh
            """;

    private BundleDocPages() {
    }
}
