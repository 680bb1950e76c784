package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.LifecycleEvents;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;

/** AS011: a hook under a name that is no lifecycle event, so its scripts never run. */
public final class UnknownEventRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS011", "unknown lifecycle event", Severity.WARNING,
            FileKind.APPSPEC,
            "The agent runs the scripts listed under the name of the event it is executing and never looks at"
                    + " other keys of 'hooks'. A misspelled or re-spaced event ('afterinstall', 'Before Install',"
                    + " 'ApplicationRun') is accepted without a word and its scripts silently never run. Event"
                    + " names are case-sensitive. The EC2/On-Premises events are: "
                    + String.join(", ", LifecycleEvents.EC2_SCRIPTABLE) + ".",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      Afterinstall:
                        - location: scripts/after_install.sh
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlEntry event : appspec.events()) {
            String name = event.keyText();
            if (!LifecycleEvents.EC2_SCRIPTABLE.contains(name) && !LifecycleEvents.EC2_RESERVED.contains(name)) {
                context.report(event.key(), "unknown lifecycle event '" + name + "'; CodeDeploy never runs the"
                        + " scripts under it", hint(name));
            }
        }
    }

    private static String hint(String name) {
        String typo = DidYouMean.hint(name, LifecycleEvents.EC2_SCRIPTABLE);
        if (typo != null) {
            return typo;
        }
        if (LifecycleEvents.ECS_HOOKS.contains(name)) {
            return "'" + name + "' is an Amazon ECS event; an EC2/On-Premises deployment never runs it";
        }
        return "expected one of: " + String.join(", ", LifecycleEvents.EC2_SCRIPTABLE);
    }
}
