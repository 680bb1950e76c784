package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.ArtifactDefinition;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;

/** BS071: artifact files that start with the base directory again, so CodeBuild looks one level too deep. */
public final class BaseDirectoryRepeatedRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS071", "artifact files repeat the base directory",
            Severity.WARNING, FileKind.BUILDSPEC,
            "With 'base-directory', CodeBuild looks for 'files' inside that directory. Writing the directory again"
                    + " at the start of each file ('base-directory: build' with 'build/**/*') makes it look for"
                    + " build/build/**/*, which usually matches nothing and ends the build with \"no matching"
                    + " artifact paths found\".",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - npm run build
                    artifacts:
                      base-directory: build
                      files:
                        - build/**/*
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - npm run build
                    artifacts:
                      base-directory: build
                      files:
                        - '**/*'
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ArtifactDefinition artifact : buildspec.artifacts()) {
            YamlScalar base = artifact.baseDirectoryNode();
            if (base != null) {
                check(artifact, base, context);
            }
        }
    }

    private static void check(ArtifactDefinition artifact, YamlScalar baseNode, RuleContext context) {
        String base = GlobPath.normalize(baseNode.value());
        if (base.isEmpty() || base.startsWith("/") || GlobPath.isGlob(base) || GlobPath.isDynamic(base)) {
            return;
        }
        for (YamlScalar file : artifact.fileNodes()) {
            String path = GlobPath.normalize(file.value());
            if (path.startsWith(base + "/")) {
                String rest = path.substring(base.length() + 1);
                context.report(file, "'" + artifact.path() + ".files' entry '" + file.value() + "' starts with the"
                        + " base directory '" + base + "'; files are matched inside it, so this looks for '"
                        + base + "/" + path + "'", "write '" + rest + "'");
            }
        }
    }
}
