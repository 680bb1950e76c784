package dev.codestages.yaml;

/**
 * A node of a composed YAML document with the position where it starts and ends. The tree is
 * read-only and holds only strings, lists and positions: no user-controlled Java object is ever
 * constructed from a file.
 */
public sealed interface YamlNode permits YamlScalar, YamlMapping, YamlSequence {

    /** Where the node starts (for a block mapping or sequence: its first key or dash). */
    Position start();

    /** Where the node ends (exclusive), as far as the parser knows it. */
    Position end();

    /** A short noun for messages: "a mapping", "a list", "a string", "null", "a boolean", .... */
    String describe();

    /** The explicit tag written in the file (`!Ref`, `!!str`), or null when none was written. */
    String explicitTag();
}
