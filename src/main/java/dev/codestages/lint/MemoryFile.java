package dev.codestages.lint;

/**
 * A file that exists only in memory, such as one file of a rule's example bundle: its path relative
 * to the bundle root (with {@code /}), its bytes and whether it carries the executable bit.
 */
public record MemoryFile(String path, byte[] content, boolean executable) {
}
