package dev.codestages.lint;

import dev.codestages.yaml.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where a rule steps aside for another: a rule lists in {@link Rule#defersTo()} the ids
 * of the more specific rules that explain the same node better (BS007 "unknown key" defers to BS006
 * "unknown phase"), and where one of those reported a finding at the same position, the deferring
 * rule's finding there is dropped. Rules never ask each other whether they apply.
 */
final class StepAside {

    private static final StepAside NONE = new StepAside(List.of());

    /** Pairs of (the rule that steps aside, the rule it steps aside for). */
    private final List<Deferral> deferrals;

    private record Deferral(String rule, String supersededBy) {
    }

    private StepAside(List<Deferral> deferrals) {
        this.deferrals = deferrals;
    }

    static StepAside of(List<? extends Rule> rules) {
        List<Deferral> deferrals = new ArrayList<>();
        for (Rule rule : rules) {
            for (String other : rule.defersTo()) {
                deferrals.add(new Deferral(rule.id(), other));
            }
        }
        return deferrals.isEmpty() ? NONE : new StepAside(List.copyOf(deferrals));
    }

    /** Drops from {@code findings}, at index {@code from} on, each finding whose rule steps aside there. */
    void apply(List<Finding> findings, int from) {
        if (deferrals.isEmpty() || !anyDeferring(findings, from)) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (int i = from; i < findings.size(); i++) {
            reported.add(place(findings.get(i).rule(), findings.get(i).at()));
        }
        for (int i = findings.size() - 1; i >= from; i--) {
            Finding finding = findings.get(i);
            for (Deferral deferral : deferrals) {
                if (deferral.rule().equals(finding.rule())
                        && reported.contains(place(deferral.supersededBy(), finding.at()))) {
                    findings.remove(i);
                    break;
                }
            }
        }
    }

    /**
     * A rule at a position, as text: a record's generated {@code hashCode} would bootstrap method handles
     * on first use, tens of milliseconds of a cold start (docs/performance.md).
     */
    private static String place(String rule, Position at) {
        return rule + '@' + at.line() + ':' + at.column();
    }

    private boolean anyDeferring(List<Finding> findings, int from) {
        for (int i = from; i < findings.size(); i++) {
            for (Deferral deferral : deferrals) {
                if (deferral.rule().equals(findings.get(i).rule())) {
                    return true;
                }
            }
        }
        return false;
    }
}
