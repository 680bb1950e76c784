package dev.codestages.appspec;

import dev.codestages.lint.ModelRule;

/** A rule over an AppSpec ({@code AS###}). Each rule checks the platform it applies to itself. */
public interface AppspecRule extends ModelRule<Appspec> {
}
