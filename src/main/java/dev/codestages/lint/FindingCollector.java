package dev.codestages.lint;

import java.util.ArrayList;
import java.util.List;

/** Gathers the findings of one file and hands each rule a {@link RuleContext} bound to its id. */
public final class FindingCollector {

    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public RuleContext forRule(Rule rule) {
        return forRule(rule.info());
    }

    /** The context for the rule that {@code info} documents; see {@link Rule#infos}. */
    public RuleContext forRule(RuleInfo info) {
        return new RuleContext(file, info, findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
