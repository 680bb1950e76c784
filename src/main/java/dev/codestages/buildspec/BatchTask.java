package dev.codestages.buildspec;

import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One task of {@code batch.build-graph} or {@code batch.build-list}, the model's reading of a batch
 * task for the batch rules: the list it is in, its place there (for messages such as
 * {@code batch.build-graph[2]}) and its mapping.
 */
public record BatchTask(String list, int index, YamlMapping body) {

    public static final String GRAPH = "build-graph";
    public static final String LIST = "build-list";

    /** The tasks of one list ({@link #GRAPH} or {@link #LIST}) that are mappings, in file order. */
    public static List<BatchTask> of(Buildspec buildspec, String list) {
        List<BatchTask> tasks = new ArrayList<>();
        if (buildspec.root().get("batch") instanceof YamlMapping batch
                && batch.get(list) instanceof YamlSequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                if (sequence.items().get(i) instanceof YamlMapping body) {
                    tasks.add(new BatchTask(list, i, body));
                }
            }
        }
        return tasks;
    }

    /** The tasks of both lists, graph first. */
    public static List<BatchTask> all(Buildspec buildspec) {
        List<BatchTask> tasks = new ArrayList<>(of(buildspec, GRAPH));
        tasks.addAll(of(buildspec, LIST));
        return tasks;
    }

    public String path() {
        return "batch." + list + "[" + index + "]";
    }

    /** The identifier when it is a non-null scalar. */
    public Optional<YamlScalar> identifier() {
        return body.scalar("identifier");
    }

    /** The string items of {@code depend-on}. */
    public List<YamlScalar> dependOn() {
        return Buildspec.stringItems(body.get("depend-on"));
    }
}
