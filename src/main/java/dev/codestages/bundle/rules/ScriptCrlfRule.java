package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.bundle.BundleTree;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** BN006: a Linux hook script with Windows line endings. */
public final class ScriptCrlfRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN006", "hook script has CRLF line endings", Severity.ERROR,
            FileKind.APPSPEC,
            "A script saved with Windows (CRLF) line endings fails on Linux: '#!/bin/bash\\r' names an"
                    + " interpreter that does not exist (\"bad interpreter\", or Errno::ENOENT from the Ruby"
                    + " agent), and a \\r in the body gives \"$'\\r': command not found\". Save hook scripts with LF"
                    + " endings, and add '*.sh text eol=lf' to .gitattributes so Windows checkouts keep them.",
            BundleDocPages.TROUBLESHOOTING, BundleDocPages.STOP + """
                    #=== scripts/stop.sh (executable)
                    #| #!/bin/bash<CR>
                    #| systemctl stop app<CR>
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
            if (script.kind() == BundleTree.Kind.FILE && head.contains("\r\n")) {
                boolean shebang = head.startsWith("#!") && head.indexOf('\r') < head.indexOf('\n');
                context.report(script.location(), "hook script " + script.location().quoted() + " has Windows"
                        + " (CRLF) line endings; " + (shebang ? "its #! line names an interpreter that does not exist"
                        : "bash reads the \\r as part of each command"), "convert it to LF endings (dos2unix "
                        + script.path() + ") and add '*.sh text eol=lf' to .gitattributes");
            }
        }
    }
}
