package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** BS014: teaching note on version 0.1, where every command runs in a fresh shell. */
public final class Version01ShellRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS014", "version 0.1 runs each command in its own shell",
            Severity.INFO, FileKind.BUILDSPEC,
            "In version 0.1 CodeBuild starts a new shell for every command, so 'cd dir' or 'export X=1' has no"
                    + " effect on the next command. Version 0.2 runs the whole build in one shell, and adds"
                    + " 'env', 'finally', 'runtime-versions', reports and batch builds.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.1
                    phases:
                      build:
                        commands:
                          - cd app
                          - make
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - cd app
                          - make
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.isVersion01()) {
            context.report(buildspec.version().orElseThrow(),
                    "version 0.1 runs each command in a fresh shell: 'cd' and 'export' do not carry over",
                    "use version 0.2, which runs all commands in one shell");
        }
    }
}
