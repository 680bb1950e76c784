package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.bundle.BundleTree;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;

/** BN003: a hook script or files source that leads out of the bundle through a symbolic link. */
public final class LinkLeavesBundleRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN003", "link leads outside the bundle", Severity.WARNING,
            FileKind.APPSPEC,
            "A symbolic link in the bundle that points outside it (an absolute target, or '..' above the root)"
                    + " is unpacked as a link on the instance: the script or file it names is whatever happens to"
                    + " be at that path there, or nothing. A zip made on another machine may not even keep the"
                    + " link. The linter does not read what such a link points to. A warning: what the agent does"
                    + " with such a link depends on the instance, so the deployment may work there or fail.",
            BundleDocPages.BUNDLE, BundleDocPages.STOP + """
                    #=== scripts/stop.sh -> /etc/init.d/app
                    """, BundleDocPages.STOP + """
                    #=== scripts/stop.sh -> ../bin/stop.sh
                    #=== bin/stop.sh (executable)
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
            if (script.path() != null && script.kind() == BundleTree.Kind.OUTSIDE) {
                report(script.location(), "hook script", context);
            }
        }
        for (BundleContext.SourceFile source : bundle.sources()) {
            if (source.path() != null && source.kind() == BundleTree.Kind.OUTSIDE) {
                report(source.source(), "files source", context);
            }
        }
    }

    private static void report(YamlScalar value, String what, RuleContext context) {
        context.report(value, what + " " + value.quoted() + " is a link that leads outside the bundle (not"
                + " followed)", "put the file itself in the bundle instead of a link to it");
    }
}
