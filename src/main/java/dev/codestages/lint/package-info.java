/**
 * Findings, rules and the linter: {@link dev.codestages.lint.Finding}, {@link dev.codestages.lint.RuleInfo}, the shape checker the format packages declare their structure with, the registry {@link dev.codestages.lint.Rules} (the one class here that names the format packages) and {@link dev.codestages.lint.Linter}, which turns files into a {@link dev.codestages.lint.LintReport}. Depends on {@code yaml}.
 */
package dev.codestages.lint;
