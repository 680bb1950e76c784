package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.Position;

/** BN009: an EC2/On-Premises AppSpec named appspec.yaml, which the Ruby agent's hooks do not find. */
public final class AppspecYamlNameRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN009", "appspec.yaml is not found by the Ruby agent's hooks",
            Severity.WARNING, FileKind.APPSPEC,
            "The Install step of both agents falls back from appspec.yml to appspec.yaml, but the Ruby agent"
                    + " (1.x) runs each hook event from the exact name appspec.yml and fails it with \"did not find"
                    + " an AppSpec file ... at revision-relative path appspec.yml\" (agent issue 182). Agent 2.x"
                    + " falls back there too. Name it appspec.yml to work with both.",
            BundleDocPages.AGENT_ISSUE_182, "#=== appspec.yaml\n" + BundleDocPages.STOP + """
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
        if (bundle.appspec().isEc2() && bundle.fileName().equals("appspec.yaml") && !bundle.appspec().events()
                .isEmpty()) {
            context.report(Position.START, "the Ruby CodeDeploy agent runs hooks only from a file named appspec.yml;"
                    + " with appspec.yaml its hook events fail", "rename the file to appspec.yml");
        }
    }
}
