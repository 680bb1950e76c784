package dev.codestages.yaml;

/**
 * Bounds that keep a hostile file from costing more than a moment: bytes read, nesting depth,
 * aliases, and nodes after alias expansion (a "billion laughs" file stays within the alias limit yet
 * expands exponentially, so the expanded size is bounded separately), and the length of one line
 * (SnakeYAML's reader copies its look-ahead window for every 1,024 characters of a single token, a
 * comment or a block-scalar line, so the time to read one line grows with the square of its length:
 * a 4 MB line takes seconds).
 */
public record YamlLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes, int maxLineLength) {

    /** Generous for any real spec file (the largest real buildspec we know is under 30 KB). */
    public static final YamlLimits DEFAULT = new YamlLimits(4L * 1024 * 1024, 64, 100, 200_000, 1024 * 1024);

    /** Limits with the default line length. */
    public YamlLimits(long maxBytes, int maxDepth, int maxAliases, int maxNodes) {
        this(maxBytes, maxDepth, maxAliases, maxNodes, 1024 * 1024);
    }
}
