package dev.codestages.lint;

import java.util.ArrayList;
import java.util.List;

/** A check with a stable id and its own documentation. What it checks is up to its sub-interface. */
public interface Rule {

    RuleInfo info();

    default String id() {
        return info().id();
    }

    /**
     * The ids of the rules this one steps aside for: where one of them reports a finding at the same
     * position, this rule's finding there is dropped (see {@link StepAside}). A rule declares this instead
     * of asking another rule whether it applies.
     */
    default List<String> defersTo() {
        return List.of();
    }

    /**
     * The documentation of each rule, in the same order. A checker asks once and reuses it for every
     * file: a call to each rule's own {@code info()} per file is one more method per rule for a cold JVM
     * to run and compile.
     */
    static List<RuleInfo> infos(List<? extends Rule> rules) {
        List<RuleInfo> infos = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            infos.add(rule.info());
        }
        return List.copyOf(infos);
    }
}
