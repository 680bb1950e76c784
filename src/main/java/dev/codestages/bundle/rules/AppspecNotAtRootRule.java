package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;

/** BN010: an AppSpec that is not at the root of the bundle given with --bundle. */
public final class AppspecNotAtRootRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN010", "appspec is not at the bundle root", Severity.ERROR,
            FileKind.APPSPEC,
            "CodeDeploy looks for the AppSpec only at the root of the unpacked revision (the agent strips one"
                    + " wrapping folder only when it holds the AppSpec itself). An AppSpec in a subfolder of the"
                    + " bundle given with --bundle is not found: \"The CodeDeploy agent did not find an AppSpec"
                    + " file within the unpacked revision directory\".",
            BundleDocPages.TROUBLESHOOTING, "#=== deploy/appspec.yml\n" + BundleDocPages.STOP + """
                    #=== scripts/stop.sh (executable)
                    #| #!/bin/bash
                    #| systemctl stop app
                    """, "#=== appspec.yml\n" + BundleDocPages.STOP + """
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
        String path = bundle.pathInBundle();
        if (path == null) {
            context.report(Position.START, "this appspec is not inside the bundle given with --bundle", null);
        } else if (path.contains("/")) {
            context.report(Position.START, "this appspec is at '" + path + "' in the bundle; CodeDeploy looks for it"
                    + " only at the root", "move it to the bundle root, or make its folder the bundle");
        }
    }
}
