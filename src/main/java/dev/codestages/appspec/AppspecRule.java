package dev.codestages.appspec;

import dev.codestages.lint.Rule;
import dev.codestages.lint.RuleContext;

/** A rule over an AppSpec ({@code AS###}). Each rule checks the platform it applies to itself. */
public interface AppspecRule extends Rule {

    void check(Appspec appspec, RuleContext context);
}
