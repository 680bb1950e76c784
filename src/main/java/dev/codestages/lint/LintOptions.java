package dev.codestages.lint;

import java.nio.file.Path;

/**
 * What the user told the linter beyond the files: the compute platform every appspec is read as
 * ({@code --platform ec2|lambda|ecs}, null to detect it from the content), the root of the
 * revision bundle ({@code --bundle DIR}, null for "the folder of each appspec") and the project's
 * policy for findings ({@code .codestages.yml}: rules off, severities changed, per path).
 */
public record LintOptions(String platform, Path bundle, FindingPolicy policy) {

    /** Detect everything. */
    public static final LintOptions DEFAULT = new LintOptions(null, null);

    public LintOptions {
        policy = policy == null ? FindingPolicy.AS_FOUND : policy;
    }

    public LintOptions(String platform, Path bundle) {
        this(platform, bundle, FindingPolicy.AS_FOUND);
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
