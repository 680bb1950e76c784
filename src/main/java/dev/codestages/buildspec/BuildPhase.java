package dev.codestages.buildspec;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One known phase of a buildspec whose value is a mapping: its {@code commands} and {@code finally}
 * items (null and invalid items included, in file order) and its {@code on-failure} value.
 */
public final class BuildPhase {

    private final String name;
    private final YamlEntry entry;
    private final List<PhaseCommand> commands;
    private final List<PhaseCommand> finallyCommands;
    private final OnFailure onFailure;

    BuildPhase(YamlEntry entry, YamlMapping body) {
        this.name = entry.keyText();
        this.entry = entry;
        this.commands = items(body.get("commands"), name, "commands");
        this.finallyCommands = items(body.get("finally"), name, "finally");
        this.onFailure = body.get("on-failure") instanceof YamlScalar value && !value.isNull()
                ? OnFailure.of(value) : null;
    }

    /** The items of a list of commands; a single scalar is one item, a mapping in place of the list too. */
    private static List<PhaseCommand> items(YamlNode node, String phase, String key) {
        if (node == null) {
            return List.of();
        }
        String path = "phases." + phase + "." + key;
        if (node instanceof YamlSequence sequence) {
            List<PhaseCommand> items = new ArrayList<>(sequence.items().size());
            for (int i = 0; i < sequence.items().size(); i++) {
                items.add(new PhaseCommand(sequence.items().get(i), path, i));
            }
            return Collections.unmodifiableList(items);
        }
        if (node instanceof YamlScalar scalar && scalar.isNull()) {
            return List.of(); // 'commands:' with nothing after it: an empty list
        }
        return List.of(new PhaseCommand(node, path, -1));
    }

    public String name() {
        return name;
    }

    /** The phase's key and value, for rules that report at the key. */
    public YamlEntry entry() {
        return entry;
    }

    public Position at() {
        return entry.key().start();
    }

    /** The {@code commands} items in file order. */
    public List<PhaseCommand> commands() {
        return commands;
    }

    /** The {@code finally} items in file order. */
    public List<PhaseCommand> finallyCommands() {
        return finallyCommands;
    }

    /** The {@code on-failure} value, or null when there is none. */
    public OnFailure onFailure() {
        return onFailure;
    }
}
