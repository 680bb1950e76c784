package dev.codestages.yaml;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Stands between SnakeYAML's parser and its composer. It stops the composer once the file holds more
 * nodes than the limit, before it builds them all (a 4 MB flat list is two million nodes, hundreds of
 * megabytes before the tree converter could count), and it notes what composed nodes forget: which
 * scalars had a tag written in the file, and whether the file uses an alias at all.
 */
final class WatchingParser implements Parser {

    private final Parser parser;
    private final int maxNodes;
    private int nodes;
    private boolean aliases;
    /** The start marks of scalars with a tag written; a composed node keeps its event's mark. */
    private Set<Mark> taggedScalars = Set.of();

    WatchingParser(Parser parser, int maxNodes) {
        this.parser = parser;
        this.maxNodes = maxNodes;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        switch (event.getEventId()) {
            case Scalar -> {
                count();
                String tag = ((ScalarEvent) event).getTag();
                if (tag != null && !tag.equals("!")) {
                    noteTagged(event.getStartMark());
                }
            }
            case Alias -> {
                count();
                aliases = true;
            }
            case SequenceStart, MappingStart -> count();
            default -> {
            }
        }
        return event;
    }

    private void count() {
        if (++nodes > maxNodes) {
            throw TreeConverter.TooLarge.nodes(maxNodes);
        }
    }

    private void noteTagged(Mark start) {
        if (taggedScalars.isEmpty()) {
            taggedScalars = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        taggedScalars.add(start);
    }

    /** True when the file has an alias, so that a composed node may be reached more than once. */
    boolean sawAlias() {
        return aliases;
    }

    /** True when the scalar had a tag written in the file ({@code !!str 5}, {@code !Ref x}). */
    boolean tagWritten(Node scalar) {
        return !taggedScalars.isEmpty() && taggedScalars.contains(scalar.getStartMark());
    }
}
