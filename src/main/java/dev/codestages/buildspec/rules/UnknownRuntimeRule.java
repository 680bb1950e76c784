package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/** BS044: a runtime name that no CodeBuild image has ever offered. */
public final class UnknownRuntimeRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS044", "unknown runtime", Severity.ERROR, FileKind.BUILDSPEC,
            "The keys of 'runtime-versions' are runtime names from the build image's catalogue. No CodeBuild"
                    + " image has ever offered others than android, docker, dotnet, golang, java, nodejs, php,"
                    + " python, ruby and rust, so any other name fails the build in DOWNLOAD_SOURCE with"
                    + " \"Unknown runtime named '<name>'\". Common mix-ups are node (nodejs), go (golang), python3"
                    + " (python) and tools such as terraform, which are installed with commands instead.",
            BuildspecDocPages.RUNTIMES, """
                    version: 0.2
                    phases:
                      install:
                        runtime-versions:
                          node: 20
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
        YamlMapping runtimeVersions = PhaseCommands.runtimeVersions(buildspec).orElse(null);
        if (runtimeVersions == null) {
            return;
        }
        for (YamlEntry entry : runtimeVersions.entries()) {
            if (entry.key() instanceof YamlScalar key && !key.isNull() && !RuntimeCatalog.isKnown(key.value())) {
                context.report(key, "unknown runtime '" + entry.keyText() + "'; CodeBuild images offer only "
                        + String.join(", ", RuntimeCatalog.NAMES), hint(entry));
            }
        }
    }

    private static String hint(YamlEntry entry) {
        String name = entry.keyText();
        if (name.equals("runtime")) {
            return "'runtime: version' is the placeholder from the reference's syntax outline: name a runtime"
                    + " and its version, such as nodejs: 20";
        }
        if (RuntimeCatalog.isTool(name)) {
            return "'" + name + "' is not a runtime: install it in the install phase's commands";
        }
        String meant = RuntimeCatalog.meant(name);
        if (meant == null) {
            return null;
        }
        String version = RuntimeCatalog.gluedVersion(name);
        if (version == null) {
            version = entry.value() instanceof YamlScalar v && !v.isNull() ? v.value() : "<version>";
        }
        return "did you mean '" + meant + "'? write " + meant + ": " + version;
    }
}
