package dev.codestages.buildspec.rules;

import dev.codestages.buildspec.Buildspec;
import dev.codestages.buildspec.BuildspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.lint.ShapeViolation;
import dev.codestages.yaml.Position;

/** BS010: a list item with no value, typically a dash followed by a comment. */
public final class NullListItemRule implements BuildspecRule {

    static final RuleInfo INFO = new RuleInfo("BS010", "empty list item", Severity.WARNING, FileKind.BUILDSPEC,
            "A dash with nothing after it, or with only a comment ('- # install deps'), is a list item whose"
                    + " value is null, not a comment line. It is a warning, not an error: public buildspecs with"
                    + " such items have run on CodeBuild for years, which skips a null command (and so does the"
                    + " local runner), while what CodeBuild does with a null artifact path is not documented."
                    + " The item is very likely a commented-out command; to comment out an item, put the '#'"
                    + " before the dash.",
            BuildspecDocPages.REFERENCE, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          - # npm test
                          - npm run build
                    """, """
                    version: 0.2
                    phases:
                      build:
                        commands:
                          # - npm test
                          - npm run build
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Buildspec buildspec, RuleContext context) {
        for (ShapeViolation v : buildspec.violations(ShapeViolation.Kind.NULL_ITEM)) {
            context.report(dashOf(v.node().start()), "'" + v.path() + "' is an empty item (null), not a string",
                    "to comment the item out, put '#' before the dash; otherwise remove the dash");
        }
    }

    /** SnakeYAML places an empty item just after its dash; point at the dash itself. */
    private static Position dashOf(Position emptyItem) {
        return emptyItem.column() > 1 ? new Position(emptyItem.line(), emptyItem.column() - 1) : emptyItem;
    }
}
