package dev.codestages.lint;

/**
 * A file that exists only in memory, such as one file of a rule's example bundle: its path relative
 * to the bundle root (with {@code /}), its bytes, whether it carries the executable bit, and, for a
 * symbolic link, the link's target text (null for a plain file).
 */
public record MemoryFile(String path, byte[] content, boolean executable, String link) {

    public MemoryFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
