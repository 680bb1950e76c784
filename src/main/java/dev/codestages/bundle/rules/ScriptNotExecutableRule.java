package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.bundle.BundleTree;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** BN004: a Linux hook script without an executable bit. */
public final class ScriptNotExecutableRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN004", "hook script is not executable", Severity.INFO,
            FileKind.APPSPEC,
            "The Linux agent executes the script file directly. When it has no executable bit, the agent logs a"
                    + " warning and runs chmod +x itself, which only fails (ScriptNotExecutable) when it may not"
                    + " change the file. Setting the bit in the repository (git update-index --chmod=+x) keeps"
                    + " the log clean and the script runnable by hand.",
            BundleDocPages.HOOK_EXECUTOR, BundleDocPages.STOP + """
                    #=== scripts/stop.sh
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
        if (!bundle.appspec().isLinux()) {
            return;
        }
        for (BundleContext.ScriptFile script : bundle.scripts()) {
            if (script.kind() == BundleTree.Kind.FILE && !bundle.tree().executable(script.path())) {
                context.report(script.location(), "hook script " + script.location().quoted() + " is not"
                        + " executable; the agent will chmod +x it", "git update-index --chmod=+x " + script.path());
            }
        }
    }
}
