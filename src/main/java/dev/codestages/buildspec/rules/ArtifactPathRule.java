package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.ArtifactDefinition;
import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Pattern;

/** BS070: an artifact path written as absolute, with a leading './' or climbing out with '..' (a note). */
public final class ArtifactPathRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS070", "artifact path is not written from the build root",
            Severity.INFO, FileKind.BUILDSPEC,
            "The buildspec reference describes 'files' and 'base-directory' as relative to the build root, and"
                    + " 'exclude-paths' as relative to 'base-directory', and says that './' and $CODEBUILD_SRC_DIR"
                    + " are not needed. Paths written as absolute, with a leading './' or with '..' are a common"
                    + " suspect when UPLOAD_ARTIFACTS ends with \"no matching artifact paths found\". Public"
                    + " buildspecs do ship absolute paths (files copied to /tmp or /) and AWS's own cache example"
                    + " uses absolute paths, so this is a note, not a failure: prefer paths from the build root.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - npm run build
                    artifacts:
                      files:
                        - ./dist/**/*
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - npm run build
                    artifacts:
                      files:
                        - dist/**/*
                    """);

    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:[\\\\/].*");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ArtifactDefinition artifact : buildspec.artifacts()) {
            YamlScalar base = artifact.baseDirectoryNode();
            if (base != null) {
                check(artifact.path() + ".base-directory", base, context);
            }
            for (YamlScalar file : artifact.fileNodes()) {
                check(artifact.path() + ".files", file, context);
            }
            for (YamlScalar path : artifact.excludeNodes()) {
                check(artifact.path() + ".exclude-paths", path, context);
            }
        }
    }

    private static void check(String where, YamlScalar node, RuleContext context) {
        String path = node.value().trim();
        if (GlobPath.isDynamic(path)) {
            return; // a variable such as $CODEBUILD_SRC_DIR_other is only known at build time
        }
        if (path.startsWith("/") || isWindowsAbsolute(path)) {
            context.report(node, "'" + where + "' path '" + path + "' is absolute; artifact paths are meant to be"
                    + " relative to the build root", "if the upload finds nothing, copy the files under the source"
                    + " directory in a command and name them from there");
        } else if (path.startsWith("./") && !GlobPath.normalize(path).isEmpty()) {
            context.report(node, "'" + where + "' path '" + path + "' starts with './'; artifact paths are relative"
                    + " to the build root without it", "write '" + GlobPath.normalize(path) + "'");
        } else if (climbs(path)) {
            context.report(node, "'" + where + "' path '" + path + "' uses '..' to leave the build root; artifact"
                    + " paths are meant to be below it", "copy the files under the source directory in a command,"
                    + " then name them from there");
        }
    }

    /** {@code C:\\...} or {@code C:/...}; the regular expression only when the second character is ':'. */
    private static boolean isWindowsAbsolute(String path) {
        return path.length() > 2 && path.charAt(1) == ':' && WINDOWS_ABSOLUTE.matcher(path).matches();
    }

    /** True when a part of the path between '/' or '\\' separators is "..". */
    private static boolean climbs(String path) {
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/' || path.charAt(i) == '\\') {
                if (i - start == 2 && path.startsWith("..", start)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
