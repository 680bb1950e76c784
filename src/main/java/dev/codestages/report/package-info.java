/**
 * Output formats of a lint report: text, JSON, SARIF, JUnit XML, GitHub annotations. Writers know formats and {@link dev.codestages.lint.RuleInfo}, never a concrete rule.
 */
package dev.codestages.report;
