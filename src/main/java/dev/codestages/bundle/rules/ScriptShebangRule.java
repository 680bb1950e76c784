package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.bundle.BundleTree;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** BN005: a Linux hook script without a '#!' first line. */
public final class ScriptShebangRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN005", "hook script has no #! line", Severity.WARNING,
            FileKind.APPSPEC,
            "The agent executes the script file directly, so its first line must say which interpreter runs it"
                    + " (#!/bin/bash). Without it the Ruby agent falls back to /bin/sh (dash on Ubuntu), where"
                    + " bash syntax fails, and agent 2.x fails with \"Exec format error\".",
            BundleDocPages.TROUBLESHOOTING, BundleDocPages.STOP + """
                    #=== scripts/stop.sh (executable)
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
            String head = bundle.head(script);
            if (script.kind() == BundleTree.Kind.FILE && !head.startsWith("#!")) {
                context.report(script.location(), "hook script " + script.location().quoted() + (head.isEmpty()
                        ? " is empty" : " does not start with a '#!' line") + "; it may run under the wrong shell"
                        + " or not at all", head.startsWith("\u00ef\u00bb\u00bf#!")
                        ? "remove the byte order mark before '#!'" : "make the first line '#!/bin/bash'");
            }
        }
    }
}
