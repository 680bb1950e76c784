package dev.codestages.config;

import dev.codestages.lint.Finding;
import dev.codestages.lint.LintOptions;
import dev.codestages.lint.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A read {@code .codestages.yml}: rule settings ({@code off}, {@code on}, or a severity) for every path
 * and, in {@link Override}s, for some; the paths not to lint; and defaults for {@code lint}'s options,
 * each null when not set. Paths and globs are relative to {@link #folder}, the configuration's folder.
 * {@code placeholders} is kept for the placeholder policy ({@code error}, {@code warning} or
 * {@code ignore}); nothing reads it yet.
 */
public record ProjectConfig(Path folder, Map<String, String> rules, List<String> ignore, List<Override> overrides,
                            String failOn, String platform, Path bundle, String placeholders)
        implements LintOptions.FindingPolicy {

    /** The setting that turns a rule off; {@code on} keeps its own severity. */
    static final String OFF = "off";
    static final String ON = "on";

    public ProjectConfig {
        folder = folder.toAbsolutePath().normalize();
        rules = Map.copyOf(rules);
        ignore = List.copyOf(ignore);
        overrides = List.copyOf(overrides);
    }

    /** Rule settings for the files that match {@code files}; a later override wins over an earlier one. */
    public record Override(List<String> files, Map<String, String> rules) {

        public Override {
            files = List.copyOf(files);
            rules = Map.copyOf(rules);
        }
    }

    /** True when {@code file} is under an {@code ignore} pattern. */
    public boolean ignores(Path file) {
        return new PathGlobs(ignore).matches(relative(file));
    }

    @java.lang.Override
    public Finding apply(Finding finding, Path file) {
        String setting = rules.get(finding.rule());
        String relative = null;
        for (Override override : overrides) {
            String here = override.rules().get(finding.rule());
            if (here != null) {
                relative = relative != null ? relative : relative(file);
                if (new PathGlobs(override.files()).matches(relative)) {
                    setting = here;
                }
            }
        }
        if (setting == null || setting.equals(ON)) {
            return finding;
        }
        if (setting.equals(OFF)) {
            return null;
        }
        Severity severity = Severity.valueOf(setting.toUpperCase(java.util.Locale.ROOT));
        return severity == finding.severity() ? finding : new Finding(finding.rule(), severity, finding.file(),
                finding.at(), finding.message(), finding.hint());
    }

    private String relative(Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
