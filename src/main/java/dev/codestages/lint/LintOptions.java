package dev.codestages.lint;

import java.nio.file.Path;

/**
 * What the user told the linter beyond the files: the compute platform every appspec is read as
 * ({@code --platform ec2|lambda|ecs}, null to detect it from the content) and the root of the
 * revision bundle ({@code --bundle DIR}, null for "the folder of each appspec").
 */
public record LintOptions(String platform, Path bundle) {

    /** Detect everything. */
    public static final LintOptions DEFAULT = new LintOptions(null, null);
}
