package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.BuildPhase;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlSequence;
import java.util.Set;

/** BS042: a pre_build, build or post_build phase that is present but has no commands. */
public final class PhaseWithoutCommandsRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS042", "phase has no commands", Severity.WARNING,
            FileKind.BUILDSPEC,
            "The reference makes 'commands' required in pre_build, build and post_build whenever the phase is"
                    + " present (only install may leave it out). Whether CodeBuild rejects such a phase is not"
                    + " verified, and many real files have a phase with only 'finally'; either way the phase runs"
                    + " nothing of its own. 'finally' runs after 'commands', even when one of them failed: with no"
                    + " 'commands', write the lines under 'commands' instead.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                      post_build:
                        finally:
                          - rm -rf tmp
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make
                        finally:
                          - rm -rf tmp
                    """);

    /** The keys these phases may have; a phase with any other key is left to BS007, which names the typo. */
    private static final Set<String> PHASE_KEYS = Set.of("run-as", "on-failure", "commands", "finally");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (BuildPhase buildPhase : buildspec.buildPhases()) {
            YamlEntry phase = buildPhase.entry();
            if (!phase.keyText().equals("install")) {
                check(phase, context);
            }
        }
    }

    private static void check(YamlEntry phase, RuleContext context) {
        YamlMapping body = (YamlMapping) phase.value();
        for (YamlEntry entry : body.entries()) {
            if (!PHASE_KEYS.contains(entry.keyText())) {
                return;
            }
        }
        YamlNode commands = body.get("commands");
        if (commands == null) {
            String hint = body.has("finally")
                    ? "rename 'finally' to 'commands': 'finally' is for clean-up after the commands"
                    : "add 'commands:' with at least one command, or remove the phase";
            context.report(phase.key(), "phase '" + phase.keyText() + "' has no 'commands'; the reference requires"
                    + " them in every phase but install", hint);
        } else if (commands instanceof YamlSequence list && list.items().isEmpty()) {
            context.report(commands, "'phases." + phase.keyText() + ".commands' is an empty list, so the phase"
                    + " runs nothing", "add a command, or remove the phase");
        }
    }
}
