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
import java.util.Optional;

/**
 * BS045: a runtime (docker, android) or Java version (openjdk8, openjdk11) that only older or a few
 * images offer: fine on those, "Unknown runtime" on the current standard images.
 */
public final class RetiredRuntimeRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS045", "runtime missing from current images", Severity.WARNING,
            FileKind.BUILDSPEC,
            "Which runtimes exist depends on the build image, a project setting. Some names in old examples are"
                    + " gone from the current images: 'docker' is not a runtime on the x86 images from Ubuntu"
                    + " standard 5.0 and Amazon Linux 5.0 on (Docker is built in; builds need privileged mode),"
                    + " 'android' was only on images retired since, and Java is named corretto8, corretto11, ..."
                    + " instead of the openjdk8 and openjdk11 of Ubuntu standard 2.0 and 3.0. On a current image"
                    + " the build fails with \"Unknown runtime named 'docker'\" or \"Unknown runtime version"
                    + " named 'openjdk8' of java\".",
            BuildspecDocPages.RUNTIMES, """
                    version: 0.2
                    phases:
                      install:
                        runtime-versions:
                          docker: 18
                      build:
                        commands:
                          - docker build -t app .
                    """, """
                    version: 0.2
                    phases:
                      install:
                        commands:
                          - docker version
                      build:
                        commands:
                          - docker build -t app .
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        YamlMapping runtimeVersions = PhaseCommands.runtimeVersions(buildspec).orElse(null);
        if (runtimeVersions != null) {
            check(runtimeVersions, context);
        }
    }

    private static void check(YamlMapping runtimeVersions, RuleContext context) {
        Optional<YamlScalar> conflict = RuntimeCatalog.conflictingJava(runtimeVersions);
        if (conflict.isPresent()) {
            return; // BS047 reports the pair as an error, which holds whatever the image
        }
        for (YamlEntry entry : runtimeVersions.entries()) {
            switch (entry.keyText()) {
                case "docker":
                    context.report(entry.key(), "runtime 'docker' is not offered by the current x86 images"
                            + " (Ubuntu standard 5.0 and later, Amazon Linux x86 5.0 and later)",
                            "remove it: Docker is built into the images; turn on privileged mode in the project"
                                    + " to build images");
                    break;
                case "android":
                    context.report(entry.key(), "runtime 'android' was offered only by images that are retired"
                            + " now", "use a custom image with the Android SDK, or install the SDK in commands");
                    break;
                case "java":
                    if (entry.value() instanceof YamlScalar java && RuntimeCatalog.isOpenJdk(java.value())) {
                        context.report(java, "java version " + java.quoted() + " was offered only by the retired"
                                + " Ubuntu standard 2.0 and 3.0 images", "write java: corretto"
                                + RuntimeCatalog.javaMajor(java.value()) + ", as the current images name Java");
                    }
                    break;
                default:
                    break;
            }
        }
    }
}
