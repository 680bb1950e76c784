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
import java.util.regex.Pattern;

/** BS072: a secondary artifact identifier that no project or pipeline artifact can have. */
public final class SecondaryArtifactIdentifierRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS072", "secondary artifact identifier has invalid characters",
            Severity.WARNING, FileKind.BUILDSPEC,
            "Each key under 'secondary-artifacts' must equal the artifactIdentifier of one of the project's"
                    + " secondary artifacts, or, when CodePipeline runs the build, the name of one of the action's"
                    + " output artifacts. CodeBuild identifiers contain only letters, digits and underscores and"
                    + " are under 128 characters (the API's message for source and batch identifiers);"
                    + " CodePipeline artifact names also allow '-' and are at most 100 characters. An identifier"
                    + " outside both can never match, so the artifact is never uploaded. A warning: the character"
                    + " set is borrowed from the API's message for other identifiers (inferred for artifact"
                    + " identifiers), and whether the build then fails or only skips the artifact is not"
                    + " documented.",
            "https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_OutputArtifact.html", """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make all
                    artifacts:
                      files:
                        - app.zip
                      secondary-artifacts:
                        api.docs:
                          files:
                            - docs/**/*
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - make all
                    artifacts:
                      files:
                        - app.zip
                      secondary-artifacts:
                        api_docs:
                          files:
                            - docs/**/*
                    """);

    private static final Pattern CODEBUILD = Pattern.compile("[A-Za-z0-9_]{1,127}");
    private static final Pattern CODEPIPELINE = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        if (buildspec.root().get("artifacts") instanceof YamlMapping artifacts
                && artifacts.get("secondary-artifacts") instanceof YamlMapping secondary) {
            for (YamlEntry entry : secondary.entries()) {
                if (entry.key() instanceof YamlScalar key && !key.value().contains("$")) {
                    check(key, context);
                }
            }
        }
    }

    private static void check(YamlScalar key, RuleContext context) {
        String id = key.value();
        if (CODEBUILD.matcher(id).matches() || CODEPIPELINE.matcher(id).matches()) {
            return;
        }
        String bad = badCharacters(id);
        if (id.isEmpty()) {
            context.report(key, "secondary artifact identifier is empty", "name it as in the project");
        } else if (bad.isEmpty()) {
            context.report(key, "secondary artifact identifier '" + id + "' has " + id.length()
                    + " characters; identifiers are shorter than 128 (at most 100 with '-')", "use a shorter name");
        } else {
            context.report(key, "secondary artifact identifier '" + id + "' contains '" + bad
                    + "'; identifiers contain only letters, digits, '_' (and '-' for CodePipeline artifacts)",
                    "rename it to '" + id.replaceAll("[^A-Za-z0-9_]", "_") + "' here and in the project");
        }
    }

    /** Each character of {@code id} that no identifier may contain, once, in order of first appearance. */
    private static String badCharacters(String id) {
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isIdentifierChar(c) && bad.indexOf(String.valueOf(c)) < 0) {
                bad.append(c);
            }
        }
        return bad.toString();
    }

    private static boolean isIdentifierChar(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }
}
