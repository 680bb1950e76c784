package dev.codestages.bundle;

/**
 * The files of a revision bundle as the cross-file checks may see them: what a bundle-relative path
 * is, whether it is executable, and its first bytes. An implementation never reveals, and never reads,
 * anything outside the bundle: a path that leads out (through {@code ..} or a symbolic link) is
 * {@link Kind#OUTSIDE} and nothing more is said about it.
 */
public interface BundleTree {

    /** What a path is, after following links inside the bundle. */
    enum Kind {
        MISSING, FILE, DIRECTORY, OTHER, OUTSIDE,
        /** A name no file can have here: a lone UTF-16 surrogate, or a character the platform cannot encode. */
        UNNAMEABLE
    }

    /** What the path (relative to the bundle root, {@code /}-separated, no {@code ..}) is. */
    Kind kind(String relative);

    /** True when the file has an executable bit; only asked for a {@link Kind#FILE}. */
    boolean executable(String relative);

    /** Up to {@code max} first bytes of the file; only asked for a {@link Kind#FILE}. */
    byte[] head(String relative, int max);
}
