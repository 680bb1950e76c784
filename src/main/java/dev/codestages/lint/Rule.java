package dev.codestages.lint;

/** A check with a stable id and its own documentation. What it checks is up to its sub-interface. */
public interface Rule {

    RuleInfo info();

    default String id() {
        return info().id();
    }
}
