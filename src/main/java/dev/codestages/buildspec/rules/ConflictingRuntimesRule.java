package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;

/** BS047: runtimes that cannot be installed together, such as android with a Java other than 8. */
public final class ConflictingRuntimesRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS047", "conflicting runtimes", Severity.ERROR,
            FileKind.BUILDSPEC,
            "Some runtimes depend on another one: the android runtime needs Java 8. The reference warns that"
                    + " naming runtimes that conflict fails the build, and gives 'android: 29' with"
                    + " 'java: openjdk11' as the example. The images that offered android (all retired now) paired"
                    + " it with Java 8.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      install:
                        runtime-versions:
                          android: 29
                          java: openjdk11
                      build:
                        commands:
                          - ./gradlew assembleRelease
                    """, """
                    version: 0.2
                    phases:
                      install:
                        runtime-versions:
                          java: corretto11
                      build:
                        commands:
                          - ./gradlew assembleRelease
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        YamlMapping rv = PhaseCommands.runtimeVersions(buildspec).orElse(null);
        if (rv == null) {
            return;
        }
        YamlScalar java = RuntimeCatalog.conflictingJava(rv).orElse(null);
        if (java != null) {
            context.report(java, "java " + java.quoted() + " conflicts with 'android: " + text(rv.get("android"))
                    + "': the android runtime needs Java 8", "use Java 8 with android, or remove one of the two");
        }
    }

    private static String text(YamlNode node) {
        return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : "";
    }
}
