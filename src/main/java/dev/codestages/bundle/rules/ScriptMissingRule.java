package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.bundle.BundleTree;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** BN001: a hook script that is not in the bundle. */
public final class ScriptMissingRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN001", "hook script not in the bundle", Severity.ERROR,
            FileKind.APPSPEC,
            "The agent runs <bundle>/<location>. When no file is there (a typo, a different folder, a script"
                    + " the build did not pack, a name whose case differs on Linux), the event fails with"
                    + " ScriptMissing: \"Script does not exist at specified location: /opt/codedeploy-agent/"
                    + "deployment-root/.../deployment-archive/<location>\". Checked against the bundle named with"
                    + " --bundle; else against the artifact of a buildspec in the project that carries this AppSpec"
                    + " at its root (the files its artifacts select from the repository, laid out as in the"
                    + " artifact: base-directory, discard-paths); both are known bundles, so a missing script is an"
                    + " error (a warning when the buildspec's commands name it: the build may make it). With"
                    + " neither, the bundle is assumed to be the AppSpec's folder, or the repository root when more"
                    + " scripts resolve there, and a missing script is a warning that names the assumption.",
            BundleDocPages.TROUBLESHOOTING, BundleDocPages.STOP, BundleDocPages.STOP + """
                    #=== scripts/stop.sh (executable)
                    #| #!/bin/bash
                    #| systemctl stop app
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(BundleContext bundle, RuleContext context) {
        for (BundleContext.ScriptFile script : bundle.scripts()) {
            if (script.kind() == BundleTree.Kind.MISSING) {
                context.report(script.location(), "hook script " + script.location().quoted() + " is not in the"
                        + " bundle; the " + script.script().eventName() + " event fails with ScriptMissing",
                        "add the script at that path, or correct the path (relative to the folder of "
                                + bundle.fileName() + ", case-sensitive)");
            }
        }
    }
}
