package dev.codestages.pipeline;

import java.util.Optional;

/**
 * Who runs an action ({@code actionTypeId.owner}): AWS itself, a partner's job worker, or a job worker
 * of your own registered as a custom action type (Jenkins, for example).
 *
 * @see <a href="https://docs.aws.amazon.com/codepipeline/latest/userguide/action-requirements.html">Action declaration requirements</a>
 */
public enum Owner {
    AWS("AWS"),
    THIRD_PARTY("ThirdParty"),
    CUSTOM("Custom");

    private final String label;

    Owner(String label) {
        this.label = label;
    }

    /** The exact text AWS uses, such as {@code ThirdParty}. */
    public String label() {
        return label;
    }

    /** The owner a text names exactly (case-sensitive, as AWS compares it). */
    public static Optional<Owner> of(String text) {
        for (Owner owner : values()) {
            if (owner.label.equals(text)) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    /** The owner a value names, when it is a literal that names one. */
    public static Optional<Owner> of(Value value) {
        return value.isLiteral() ? of(value.text()) : Optional.empty();
    }
}
