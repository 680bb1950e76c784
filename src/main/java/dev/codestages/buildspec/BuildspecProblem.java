package dev.codestages.buildspec;

import dev.codestages.yaml.Position;
import dev.codestages.yaml.ReadingProblem;

/**
 * A part of a buildspec that the model marks invalid, with the finding the linter gives it: the rule
 * id, where, and the message. The runner stops with this text when it meets such a part, so a build
 * never plays what the linter rejects.
 */
public record BuildspecProblem(String ruleId, Position at, String message) implements ReadingProblem {

    /** The model's problems carry no fix; the rule that reports them adds it. */
    @Override
    public String hint() {
        return null;
    }

    /** As a line of the runner's output: {@code BS009 5:11 'phases.build.commands[0]' is read as ...}. */
    public String text() {
        return ruleId + " " + at.line() + ":" + at.column() + " " + message;
    }
}
