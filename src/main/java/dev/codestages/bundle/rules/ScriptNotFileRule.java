package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.bundle.BundleTree;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** BN002: a hook location that is a folder (or a device, a pipe), not a file. */
public final class ScriptNotFileRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN002", "hook location is not a file", Severity.ERROR,
            FileKind.APPSPEC,
            "'location' names one script file. A folder (or a pipe or device) cannot be executed: the agent"
                    + " fails the event when it tries to run it. Name the script inside the folder.",
            BundleDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      ApplicationStop:
                        - location: scripts
                    #=== scripts/stop.sh (executable)
                    #| #!/bin/bash
                    #| systemctl stop app
                    """, BundleDocPages.STOP + """
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
            if (script.kind() == BundleTree.Kind.DIRECTORY || script.kind() == BundleTree.Kind.OTHER) {
                String what = script.kind() == BundleTree.Kind.DIRECTORY ? "a folder" : "not a regular file";
                context.report(script.location(), "hook location " + script.location().quoted() + " is " + what
                        + ", not a script", "name the script file itself");
            }
        }
    }
}
