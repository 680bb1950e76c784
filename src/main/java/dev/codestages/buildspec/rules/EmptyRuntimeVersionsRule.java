package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;

/** BS043: 'runtime-versions' written as an empty mapping. */
public final class EmptyRuntimeVersionsRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS043", "runtime-versions is empty", Severity.ERROR,
            FileKind.BUILDSPEC,
            "The reference says that when 'runtime-versions' is present it must hold at least one runtime."
                    + " An empty mapping ('runtime-versions: {}') names none. Name the runtimes the build needs,"
                    + " such as 'nodejs: 20', or remove the key to get the image's default versions.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      install:
                        runtime-versions: {}
                      build:
                        commands:
                          - npm ci
                    """, """
                    version: 0.2
                    phases:
                      install:
                        runtime-versions:
                          nodejs: 20
                      build:
                        commands:
                          - npm ci
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("phases") instanceof YamlMapping phases
                && phases.get("install") instanceof YamlMapping install) {
            YamlEntry entry = install.entry("runtime-versions").orElse(null);
            if (entry != null && entry.value() instanceof YamlMapping mapping && mapping.entries().isEmpty()) {
                context.report(entry.key(), "'runtime-versions' is empty; it must hold at least one runtime",
                        "name a runtime and its version, such as nodejs: 20, or remove the key");
            }
        }
    }
}
