package dev.codestages.lint;

import java.nio.file.Path;

/**
 * What the user told the linter beyond the files: the compute platform every appspec is read as
 * ({@code --platform ec2|lambda|ecs}, null to detect it from the content), the root of the
 * revision bundle ({@code --bundle DIR}, null for "infer it", see {@code BundleCheck}), the project's
 * policy for findings ({@code .codestages.yml}: rules off, severities changed, per path) and what a
 * placeholder value is ({@link PlaceholderPolicy}, a warning unless the configuration says otherwise).
 */
public record LintOptions(String platform, Path bundle, FindingPolicy policy, PlaceholderPolicy placeholders) {

    /** Detect everything. */
    public static final LintOptions DEFAULT = new LintOptions(null, null);

    public LintOptions {
        policy = policy == null ? FindingPolicy.AS_FOUND : policy;
        placeholders = placeholders == null ? PlaceholderPolicy.WARNING : placeholders;
    }

    public LintOptions(String platform, Path bundle) {
        this(platform, bundle, FindingPolicy.AS_FOUND, PlaceholderPolicy.WARNING);
    }

    public LintOptions(String platform, Path bundle, FindingPolicy policy) {
        this(platform, bundle, policy, PlaceholderPolicy.WARNING);
    }

    public LintOptions(String platform, Path bundle, PlaceholderPolicy placeholders) {
        this(platform, bundle, FindingPolicy.AS_FOUND, placeholders);
    }

    /** What a project makes of a rule's finding in one of its files. */
    @FunctionalInterface
    public interface FindingPolicy {

        /** Every finding as its rule reports it. */
        FindingPolicy AS_FOUND = (finding, file) -> finding;

        /** The finding as the project wants it (its severity changed, say), or null when the rule is off there. */
        Finding apply(Finding finding, Path file);
    }
}
