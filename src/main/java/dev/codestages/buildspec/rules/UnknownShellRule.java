package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/** BS028: an {@code env.shell} value that is not a shell at all. */
public final class UnknownShellRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS028", "unknown shell", Severity.ERROR, FileKind.BUILDSPEC,
            "'env.shell' chooses the program that runs every command. The buildspec reference documents bash and"
                    + " /bin/sh for Linux images and powershell.exe and cmd.exe for Windows images. A value that"
                    + " is not a shell at all, such as a typo, names no program in the image, so no command can"
                    + " run. Values that are real shells written another way ('/bin/bash', 'sh') are BS029.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    env:
                      shell: bahs
                    phases:
                      build:
                        commands:
                          - make
                    """, """
                    version: 0.2
                    env:
                      shell: bash
                    phases:
                      build:
                        commands:
                          - make
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("env") instanceof YamlMapping env && env.get("shell") instanceof YamlScalar v
                && !v.isNull()
                && !v.value().isBlank() // an empty string is the zero value: the default shell
                && !ShellCatalog.isDocumented(v.value()) && !ShellCatalog.isShellProgram(v.value())
                && !SkeletonPlaceholders.isPlaceholder("env.shell", v)) {
            context.report(v, "unknown shell " + v.quoted() + " in 'env.shell'; CodeBuild runs bash or /bin/sh on"
                    + " Linux, powershell.exe or cmd.exe on Windows", hint(v));
        }
    }

    private static String hint(YamlScalar value) {
        String suggestion = DidYouMean.suggest(value.value(), ShellCatalog.DOCUMENTED);
        if (suggestion == null) {
            String program = DidYouMean.suggest(ShellCatalog.program(value.value()), ShellCatalog.programs());
            suggestion = program == null ? null : ShellCatalog.equivalent(program);
        }
        return suggestion != null ? "did you mean '" + suggestion + "'?"
                : "write one of: " + String.join(", ", ShellCatalog.DOCUMENTED);
    }
}
