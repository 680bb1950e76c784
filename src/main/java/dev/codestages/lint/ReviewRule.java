package dev.codestages.lint;

/**
 * A rule whose findings a pass over a file's other findings writes, not a reader or a model: a suppression
 * comment that suppressed nothing ({@link InlineSuppressions}) and the finding review's template, placeholder,
 * unknown-kind and AWS-example findings ({@link FindingReview}). It holds the documentation
 * ({@link ReviewRuleDocs}) that the registry lists; it inspects nothing itself, since what it reports is
 * known only once every other rule has run.
 */
final class ReviewRule implements Rule {

    private final RuleInfo info;

    ReviewRule(RuleInfo info) {
        this.info = info;
    }

    @Override
    public RuleInfo info() {
        return info;
    }
}
