package dev.codestages.buildspec;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;

/**
 * One item of a phase's {@code commands} or {@code finally} list (a single string counts as one
 * item), as YAML read it: a command string, a null item ({@code - # comment}), or an item that is no
 * command at all because YAML read it as a mapping (an unquoted {@code ': '}) or a list. The runner
 * plays a command, passes over a null item and refuses the rest with the linter's finding
 * ({@link #problem}).
 *
 * @param node the item's node
 * @param list the list it is in, with the user's names: {@code phases.build.commands}
 * @param index its index in the list; -1 for a single value in place of the list
 */
public record PhaseCommand(YamlNode node, String list, int index) {

    /** The rule ids of the findings an invalid item gets; each equals its rule's id (a test keeps them equal). */
    public static final String MAPPING_RULE = "BS009";
    public static final String WRONG_TYPE_RULE = "BS008";

    /** What an item is. */
    public enum Kind {
        COMMAND, NULL, MAPPING, OTHER
    }

    /**
     * Where the item is, with the user's names: {@code phases.build.commands[2]}. Written when asked
     * (only for messages), not for every command of every file linted.
     */
    public String path() {
        return index < 0 ? list : list + "[" + index + "]";
    }

    public Kind kind() {
        if (node instanceof YamlScalar scalar) {
            return scalar.isNull() ? Kind.NULL : Kind.COMMAND;
        }
        return node instanceof YamlMapping ? Kind.MAPPING : Kind.OTHER;
    }

    /** The command text; only for {@link Kind#COMMAND}. */
    public String text() {
        return node instanceof YamlScalar scalar && !scalar.isNull() ? scalar.value() : null;
    }

    /** Where the item is as {@code line:column}, for messages (the runner names no YAML type). */
    public String location() {
        return at().line() + ":" + at().column();
    }

    /** Where the item is; for a null item its dash, where BS010 points (YAML places the empty item after it). */
    public Position at() {
        Position start = node.start();
        if (kind() == Kind.NULL && start.column() > 1) {
            return new Position(start.line(), start.column() - 1);
        }
        return start;
    }

    /** The finding the linter gives this item, or null for a command or a null item. */
    public BuildspecProblem problem() {
        if (node instanceof YamlMapping mapping) {
            return new BuildspecProblem(MAPPING_RULE, node.start(), mappingMessage(path(), mapping));
        }
        if (node instanceof YamlSequence) {
            return new BuildspecProblem(WRONG_TYPE_RULE, node.start(), "'" + path() + "' must be a string, found "
                    + node.describe());
        }
        return null;
    }

    /**
     * BS009's message for a command YAML read as a mapping, shared by the rule and the runner so that both
     * say the same thing.
     */
    public static String mappingMessage(String path, YamlMapping mapping) {
        return "'" + path + "' is read as a mapping, not a command: the ': ' after '" + firstKey(mapping)
                + "' makes it a key";
    }

    /** The first key of a mapping, or "" for an empty one. */
    public static String firstKey(YamlMapping mapping) {
        return mapping.entries().isEmpty() ? "" : mapping.entries().get(0).keyText();
    }
}
