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
