/**
 * Pipeline diagrams: {@link dev.codestages.diagram.PipelineDiagrams} turns a pipeline model (and, for a
 * coloured diagram, the statuses of a run report, {@link dev.codestages.diagram.RunStatuses}) into a
 * {@link dev.codestages.diagram.DiagramModel} of stages, action rows and artifact arrows, which one
 * renderer per {@link dev.codestages.diagram.DiagramFormat} writes as SVG, Mermaid, Graphviz DOT or
 * ASCII. Every name from a spec file is escaped; the SVG holds no script and no link. Depends on
 * {@code pipeline}.
 */
package dev.codestages.diagram;
