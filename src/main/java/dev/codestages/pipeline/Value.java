package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.Objects;

/**
 * One value of a pipeline definition (a name, a provider, a configuration setting) with the position
 * it was read from. Every field of the model is a {@code Value}, never null: a value that the file does
 * not give is {@link Kind#ABSENT} (positioned at the element that lacks it), and a CloudFormation
 * intrinsic such as {@code !Ref Bucket} is {@link Kind#REFERENCE}, known only when the stack is deployed,
 * so rules check its presence but never its text (an intrinsic the template fixes, such as {@code !Ref}
 * of a parameter with a default, is read as the literal it gives).
 *
 * @param text the value as text: scalars as written ({@code 1}, {@code false}); for a reference the
 *             expression's canonical form ({@code !Ref Bucket}, {@code !Join [-, [app, !Ref Env]]}), equal
 *             for two references only when they are the same expression; empty when absent
 * @param at   where the value starts; for an absent value, where the element lacking it starts
 * @param kind literal, reference or absent
 */
public record Value(String text, Position at, Kind kind) {

    /** Where a value comes from. */
    public enum Kind {
        /** Written in the file. */
        LITERAL,
        /** A CloudFormation intrinsic function or dynamic reference, resolved only at deploy time. */
        REFERENCE,
        /** Not given in the file. */
        ABSENT
    }

    public Value {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
    }

    public static Value literal(String text, Position at) {
        return new Value(text, at, Kind.LITERAL);
    }

    public static Value reference(String text, Position at) {
        return new Value(text, at, Kind.REFERENCE);
    }

    public static Value absent(Position at) {
        return new Value("", at, Kind.ABSENT);
    }

    /** True when the file gives this value, literally or as a reference. */
    public boolean isPresent() {
        return kind != Kind.ABSENT;
    }

    /** True when the value is written in the file, so its text can be checked. */
    public boolean isLiteral() {
        return kind == Kind.LITERAL;
    }

    /** True when the value is literally {@code expected}. */
    public boolean is(String expected) {
        return kind == Kind.LITERAL && text.equals(expected);
    }

    /** The text for a message: quoted ({@code 'Build'}), or a placeholder when absent. */
    public String quoted() {
        return kind == Kind.ABSENT ? "(none)" : "'" + text + "'";
    }
}
