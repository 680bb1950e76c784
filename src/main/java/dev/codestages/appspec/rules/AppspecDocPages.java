package dev.codestages.appspec.rules;

/** The AWS pages (and agent sources) the appspec rules cite as their source. */
final class AppspecDocPages {

    private static final String GUIDE = "https://docs.aws.amazon.com/codedeploy/latest/userguide/";

    static final String REFERENCE = GUIDE + "reference-appspec-file.html";
    static final String STRUCTURE = GUIDE + "reference-appspec-file-structure.html";
    static final String VERSION = GUIDE + "reference-appspec-file-structure-version.html";
    static final String OS = GUIDE + "reference-appspec-file-structure-os.html";
    static final String FILES = GUIDE + "reference-appspec-file-structure-files.html";
    static final String PERMISSIONS = GUIDE + "reference-appspec-file-structure-permissions.html";
    static final String HOOKS = GUIDE + "reference-appspec-file-structure-hooks.html";
    static final String RESOURCES = GUIDE + "reference-appspec-file-structure-resources.html";
    static final String LIMITS = GUIDE + "limits.html";
    static final String TROUBLESHOOTING = GUIDE + "troubleshooting-deployments.html";
    static final String AGENT = "https://github.com/aws/aws-codedeploy-agent/tree/800eb2882ae1b0b0bf67ff56df5ae31eb013c782"
            + "/lib/instance_agent/plugins/codedeploy";
    static final String ECS_ACTION = "https://docs.aws.amazon.com/codepipeline/latest/userguide/"
            + "action-reference-ECSbluegreen.html";

    private AppspecDocPages() {
    }
}
