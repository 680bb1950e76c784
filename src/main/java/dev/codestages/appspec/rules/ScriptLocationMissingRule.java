package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import java.util.Optional;

/** AS014: a hook script entry without a location. */
public final class ScriptLocationMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS014", "hook script has no location", Severity.ERROR,
            FileKind.APPSPEC,
            "Each entry under a lifecycle event runs the script named by 'location', a path relative to the"
                    + " bundle root. An entry without it, or with an empty one, fails the deployment with \"the"
                    + " application specification file specifies a script with no location value\".",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location:
                          timeout: 300
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                          timeout: 300
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (Appspec.Script script : appspec.scripts()) {
            Optional<YamlEntry> location = script.entry().entry("location");
            if (location.isEmpty()) {
                context.report(script.entry(), "a script under '" + script.eventName() + "' has no 'location';"
                        + " the agent fails the deployment", "add 'location: <path of the script in the bundle>'");
            } else if (ValueForms.isBlank(location.get().value())) {
                context.report(location.get().key(), "'location' of a script under '" + script.eventName()
                        + "' is empty; the agent fails the deployment", "name the script, relative to the bundle root");
            }
        }
    }
}
