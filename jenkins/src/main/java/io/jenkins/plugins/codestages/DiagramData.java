package io.jenkins.plugins.codestages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code pipelineDiagram}'s agent-side work sends back: the SVG text (null when none was drawn),
 * the findings of the files drawn (at most {@link #MAX_ROWS}, with the count left out) and their
 * counts, or the problem that stopped it. JDK types and plugin classes only.
 */
final class DiagramData implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Keeps build.xml small; the SARIF file of lintSpecs has them all. */
    static final int MAX_ROWS = 500;

    final String problem;
    final String svg;
    final ArrayList<FindingRow> findings;
    final int omitted;
    final int errors;
    final int warnings;
    final int infos;

    DiagramData(String problem, String svg, List<FindingRow> findings, int omitted, int errors, int warnings,
                int infos) {
        this.problem = problem;
        this.svg = svg;
        this.findings = new ArrayList<>(findings);
        this.omitted = omitted;
        this.errors = errors;
        this.warnings = warnings;
        this.infos = infos;
    }

    static DiagramData refused(String problem) {
        return new DiagramData(problem, null, List.of(), 0, 0, 0, 0);
    }
}
