package dev.codestages.pipeline;

import java.util.Optional;

/**
 * The category of an action ({@code actionTypeId.category}), which decides where it may stand: source
 * actions only in the first stage, approvals never there.
 *
 * @see <a href="https://docs.aws.amazon.com/codepipeline/latest/userguide/reference-pipeline-structure.html">Pipeline structure reference</a>
 */
public enum Category {
    SOURCE("Source"),
    BUILD("Build"),
    TEST("Test"),
    DEPLOY("Deploy"),
    APPROVAL("Approval"),
    INVOKE("Invoke"),
    /** The V2-only Commands action. */
    COMPUTE("Compute");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The exact text AWS uses, such as {@code Source}. */
    public String label() {
        return label;
    }

    /** The category a text names exactly (case-sensitive, as AWS compares it). */
    public static Optional<Category> of(String text) {
        for (Category category : values()) {
            if (category.label.equals(text)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }

    /** The category a value names, when it is a literal that names one. */
    public static Optional<Category> of(Value value) {
        return value.isLiteral() ? of(value.text()) : Optional.empty();
    }
}
