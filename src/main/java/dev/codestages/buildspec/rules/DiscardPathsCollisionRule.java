package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.ArtifactDefinition;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.HashMap;
import java.util.Map;

/** BS073: with discard-paths, two listed files of the same name from different folders land on one path. */
public final class DiscardPathsCollisionRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS073", "discard-paths makes two files collide", Severity.WARNING,
            FileKind.BUILDSPEC,
            "'discard-paths: yes' flattens the artifact: every file is stored under its name alone. Two files with"
                    + " the same name from different folders then land on the same path and only one of them is"
                    + " kept. Only files written out in full can be compared; globs are not expanded here.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make all
                    artifacts:
                      files:
                        - api/config.json
                        - web/config.json
                      discard-paths: yes
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make all
                    artifacts:
                      files:
                        - api/config.json
                        - web/config.json
                      discard-paths: no
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ArtifactDefinition artifact : buildspec.artifacts()) {
            if (artifact.discardPaths()) {
                check(artifact, context);
            }
        }
    }

    private static void check(ArtifactDefinition artifact, RuleContext context) {
        Map<String, String> seen = new HashMap<>();
        for (YamlScalar file : artifact.fileNodes()) {
            String path = GlobPath.normalize(file.value());
            if (path.isEmpty() || GlobPath.isGlob(path) || GlobPath.isDynamic(path)) {
                continue;
            }
            String name = GlobPath.fileName(path);
            String earlier = seen.putIfAbsent(name, path);
            if (earlier != null && !earlier.equals(path)) {
                context.report(file, "with discard-paths, '" + file.value() + "' and '" + earlier + "' in '"
                        + artifact.path() + ".files' are both stored as '" + name + "'; only one of them is kept",
                        "set discard-paths: no, or rename one of the files in a command before the upload");
            }
        }
    }
}
