package dev.codestages.buildspec;

import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleContext;

/** A rule over a buildspec ({@code BS###}). */
public interface BuildspecRule extends Rule {

    void check(Buildspec buildspec, RuleContext context);
}
