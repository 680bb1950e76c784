package dev.codestages.lint;

import java.nio.file.Path;

/**
 * What the user told the linter beyond the files: the compute platform every appspec is read as
 * ({@code --platform ec2|lambda|ecs}, null to detect it from the content), the root of the
 * revision bundle ({@code --bundle DIR}, null for "infer it", see {@code BundleCheck}) and what a
 * placeholder value is ({@link PlaceholderPolicy}, a warning unless the configuration says otherwise).
 */
public record LintOptions(String platform, Path bundle, PlaceholderPolicy placeholders) {

    /** Detect everything. */
    public static final LintOptions DEFAULT = new LintOptions(null, null);

    public LintOptions {
        placeholders = placeholders == null ? PlaceholderPolicy.WARNING : placeholders;
    }

    /** Placeholders are warnings. */
    public LintOptions(String platform, Path bundle) {
        this(platform, bundle, PlaceholderPolicy.WARNING);
    }
}
