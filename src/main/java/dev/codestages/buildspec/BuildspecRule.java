package dev.codestages.buildspec;

import dev.codestages.lint.ModelRule;

/** A rule over a buildspec ({@code BS###}). */
public interface BuildspecRule extends ModelRule<Buildspec> {
}
