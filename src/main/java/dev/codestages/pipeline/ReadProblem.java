package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.ReadingProblem;

/**
 * Something a reader could not take as a pipeline definition: an unknown key, a missing one, a value of
 * the wrong type. Readers never throw on content; they collect these, and the {@code PL###} rule named
 * by the kind reports each as a finding.
 *
 * @param kind    what went wrong
 * @param at      the exact key or value at fault
 * @param message lower case, says what is wrong and what is expected
 * @param hint    the fix, or null
 */
public record ReadProblem(Kind kind, Position at, String message, String hint) implements ReadingProblem {

    @Override
    public String ruleId() {
        return kind.ruleId();
    }

    /** What went wrong while reading, with the id of the rule that reports it. */
    public enum Kind {
        UNKNOWN_KEY("PL001"),
        MISSING_KEY("PL002"),
        WRONG_TYPE("PL003"),
        NO_PIPELINE("PL004"),
        ARTIFACT_STORE("PL005"),
        METADATA("PL034");

        private final String ruleId;

        Kind(String ruleId) {
            this.ruleId = ruleId;
        }

        public String ruleId() {
            return ruleId;
        }
    }
}
