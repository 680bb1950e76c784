/** The {@code AS###} rules, one small class each, listed in {@link dev.codestages.appspec.rules.AppspecRules}. */
package dev.codestages.appspec.rules;
