package dev.codestages.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns SnakeYAML's composed nodes into our read-only tree: resolves merge keys, reports duplicate
 * keys and object-building tags, and bounds the expanded size so that aliases cannot blow it up.
 */
final class TreeConverter {

    /** Thrown when the expanded tree passes the node or depth limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }

        static TooLarge nodes(int maxNodes) {
            return new TooLarge(String.format("file has more than %,d nodes, counting each alias as a copy of what"
                    + " it names", maxNodes));
        }
    }

    /**
     * SnakeYAML's YAML 1.1 resolver. It is only read once made (its table of implicit types is filled in
     * its constructor), so one instance serves every file and thread, here and in the composer.
     */
    static final Resolver RESOLVER = new Resolver();

    private final YamlLimits limits;
    private final List<YamlProblem> problems;
    private final Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Source lines per multi-line scalar, computed once even when aliases reach a node many times. */
    private final Map<Node, List<String>> sourceLines = new IdentityHashMap<>();
    private final SourceText source;
    private final WatchingParser events;
    private int nodes;

    TreeConverter(YamlLimits limits, List<YamlProblem> problems, SourceText source, WatchingParser events) {
        this.limits = limits;
        this.problems = problems;
        this.source = source;
        this.events = events;
    }

    YamlNode convert(Node node) {
        return convert(node, 0);
    }

    private YamlNode convert(Node node, int depth) {
        if (++nodes > limits.maxNodes()) {
            throw TooLarge.nodes(limits.maxNodes());
        }
        if (depth > 2 * limits.maxDepth()) {
            throw new TooLarge("file nests more than " + 2 * limits.maxDepth() + " levels deep (through aliases)");
        }
        // A node reached again through an alias was reported the first time.
        boolean first = !events.sawAlias() || reported.add(node);
        String tag = explicitTag(node);
        Position start = YamlLoader.position(node.getStartMark());
        Position end = YamlLoader.position(node.getEndMark());
        if (node instanceof ScalarNode scalar) {
            ScalarStyle style = style(scalar.getScalarStyle());
            List<String> lines = style.isBlock() || end.line() <= start.line() ? List.of() : sourceLines(node, start, end);
            return new YamlScalar(scalar.getValue(), style, type(scalar, tag), tag, start, end, lines);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                items.add(convert(item, depth + 1));
            }
            return new YamlSequence(items, tag, start, end);
        }
        MappingNode mapping = (MappingNode) node;
        return new YamlMapping(entries(mapping, depth, first), tag, start, end);
    }

    private List<String> sourceLines(Node node, Position start, Position end) {
        List<String> lines = sourceLines.get(node);
        if (lines == null) {
            lines = source.lines(start, end);
            sourceLines.put(node, lines);
        }
        return lines;
    }

    private List<YamlEntry> entries(MappingNode mapping, int depth, boolean report) {
        List<YamlEntry> explicit = new ArrayList<>(mapping.getValue().size());
        List<YamlEntry> merged = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                mergeInto(merged, tuple.getValueNode(), depth);
                continue;
            }
            YamlNode key = convert(keyNode, depth + 1);
            YamlNode value = convert(tuple.getValueNode(), depth + 1);
            explicit.add(new YamlEntry(key, value));
        }
        if (report) {
            reportDuplicates(explicit);
        }
        if (merged.isEmpty()) {
            return explicit;
        }
        Set<String> keys = new HashSet<>();
        for (YamlEntry entry : explicit) {
            if (entry.key() instanceof YamlScalar key) {
                keys.add(key.value());
            }
        }
        List<YamlEntry> result = new ArrayList<>(explicit);
        for (YamlEntry entry : merged) {
            if (keys.add(entry.keyText())) {
                result.add(entry);
            }
        }
        return result;
    }

    /** Reports each scalar key that an earlier key of the same mapping already has, naming the one just before. */
    private void reportDuplicates(List<YamlEntry> entries) {
        if (entries.size() <= FEW_KEYS) {
            for (int i = 1; i < entries.size(); i++) {
                if (entries.get(i).key() instanceof YamlScalar key) {
                    for (int j = i - 1; j >= 0; j--) {
                        if (entries.get(j).key() instanceof YamlScalar earlier && earlier.value().equals(key.value())) {
                            reportDuplicate(key, earlier);
                            break;
                        }
                    }
                }
            }
            return;
        }
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlEntry entry : entries) {
            if (entry.key() instanceof YamlScalar key) {
                YamlNode previous = seen.put(key.value(), key);
                if (previous != null) {
                    reportDuplicate(key, previous);
                }
            }
        }
    }

    /** Up to this many keys, comparing each with those before it is cheaper than hashing them. */
    private static final int FEW_KEYS = 12;

    private void reportDuplicate(YamlScalar key, YamlNode previous) {
        problems.add(new YamlProblem(YamlIssue.DUPLICATE_KEY, key.start(),
                "key '" + key.value() + "' is duplicated; previously defined at line "
                        + previous.start().line() + ", column " + previous.start().column(),
                "remove one of them: readers disagree on which one wins"));
    }

    private void mergeInto(List<YamlEntry> merged, Node source, int depth) {
        if (source instanceof MappingNode) {
            YamlNode converted = convert(source, depth + 1);
            if (converted instanceof YamlMapping mapping) {
                merged.addAll(mapping.entries());
            }
        } else if (source instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                mergeInto(merged, item, depth + 1);
            }
        } else {
            problems.add(new YamlProblem(YamlIssue.SYNTAX, YamlLoader.position(source.getStartMark()),
                    "a merge key '<<' must name a mapping or a list of mappings", null));
        }
    }

    /** The tag written in the file, or null when the resolver chose it (or it names what the resolver would). */
    private String explicitTag(Node node) {
        Tag tag = node.getTag();
        if (node instanceof ScalarNode scalar) {
            if (!events.tagWritten(scalar)) {
                return null;
            }
            Tag implicit = scalar.isPlain() ? RESOLVER.resolve(NodeId.scalar, scalar.getValue(), true) : Tag.STR;
            return tag.equals(implicit) ? null : shortTag(tag);
        }
        if (node instanceof SequenceNode) {
            return tag.equals(Tag.SEQ) ? null : shortTag(tag);
        }
        return tag.equals(Tag.MAP) ? null : shortTag(tag);
    }

    private static String shortTag(Tag tag) {
        return tag.getValue();
    }

    private static ScalarType type(ScalarNode scalar, String explicitTag) {
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return ScalarType.NULL;
        }
        if (tag.equals(Tag.BOOL)) {
            return ScalarType.BOOLEAN;
        }
        if (tag.equals(Tag.INT)) {
            return ScalarType.INTEGER;
        }
        if (tag.equals(Tag.FLOAT)) {
            return ScalarType.FLOAT;
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            return ScalarType.TIMESTAMP;
        }
        if (tag.equals(Tag.STR) || explicitTag == null) {
            return ScalarType.STRING;
        }
        return ScalarType.OTHER;
    }

    private static ScalarStyle style(DumperOptions.ScalarStyle style) {
        switch (style) {
            case SINGLE_QUOTED:
                return ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED:
                return ScalarStyle.DOUBLE_QUOTED;
            case LITERAL:
                return ScalarStyle.LITERAL;
            case FOLDED:
                return ScalarStyle.FOLDED;
            default:
                return ScalarStyle.PLAIN;
        }
    }
}
