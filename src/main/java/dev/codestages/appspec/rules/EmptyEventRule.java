package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;

/** AS013: a hook event with no scripts. */
public final class EmptyEventRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS013", "hook event has no scripts", Severity.INFO,
            FileKind.APPSPEC,
            "An event key with nothing under it (often left over from a template) runs nothing: today's agents"
                    + " treat it as absent (agents before mid-2017 failed on it with \"undefined method `each' for"
                    + " nil\"). If a script was meant to run there, it does not.",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      BeforeInstall:
                      AfterInstall:
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
            boolean empty = event.value() instanceof YamlScalar scalar && scalar.isNull()
                    || event.value() instanceof YamlSequence list && list.items().isEmpty();
            if (empty) {
                context.report(event.key(), "'" + event.keyText() + "' has no scripts; nothing runs at this event",
                        "list a script under it, or remove it");
            }
        }
    }
}
