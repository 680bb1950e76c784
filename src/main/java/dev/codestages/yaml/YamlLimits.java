package dev.codestages.yaml;

/**
 * Bounds that keep a hostile file from costing more than a moment: bytes read, nesting depth,
 * aliases, and nodes after alias expansion (a "billion laughs" file stays within the alias limit yet
 * expands exponentially, so the expanded size is bounded separately).
 */
public record YamlLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes) {

    /** Generous for any real spec file (the largest real buildspec we know is under 30 KB). */
    public static final YamlLimits DEFAULT = new YamlLimits(4L * 1024 * 1024, 64, 100, 200_000);
}
