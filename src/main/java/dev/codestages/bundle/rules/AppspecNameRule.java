package dev.codestages.bundle.rules;

import dev.codestages.appspec.AppspecFileNames;
import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;
import java.util.List;

/** BN008: an AppSpec file name CodeDeploy does not look for. */
public final class AppspecNameRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN008", "appspec file name is not one CodeDeploy looks for",
            Severity.ERROR, FileKind.APPSPEC,
            "CodeDeploy finds the AppSpec by its exact name at the bundle root. The EC2/On-Premises agent looks"
                    + " for appspec.yml, then appspec.yaml; names are case-sensitive on Linux, so Appspec.yml is"
                    + " not found, and neither is appspec.json (JSON content is fine in appspec.yml). The"
                    + " deployment fails with \"The CodeDeploy agent did not find an AppSpec file within the"
                    + " unpacked revision directory\". Lambda and ECS AppSpecs may also be appspec.json.",
            BundleDocPages.APPSPEC, "#=== Appspec.yml\n" + BundleDocPages.STOP + """
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
        List<String> names = AppspecFileNames.of(bundle.appspec().platform());
        String name = bundle.fileName();
        if (!names.contains(name)) {
            context.report(Position.START, "CodeDeploy looks for " + String.join(" or ", names) + " exactly; it"
                    + " does not find '" + name + "'", "rename the file to appspec.yml");
        }
    }
}
