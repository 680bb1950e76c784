package dev.codestages.diagram;

/**
 * Writes Graphviz DOT ({@code dot -Tsvg}, {@code -Tpng}): left to right or top to bottom, one cluster
 * per stage, action nodes (the approval gate as an amber hexagon), bold transitions from each stage's
 * cluster to the next (dashed and marked when disabled), thin artifact edges with labels, and status
 * colours when a run is shown. Every string is a quoted DOT string with backslashes and quotes escaped.
 */
public final class DotRenderer {

    private DotRenderer() {
    }

    public static String render(DiagramModel model) {
        return render(model, Direction.LR);
    }

    public static String render(DiagramModel model, Direction direction) {
        StringBuilder out = new StringBuilder();
        out.append("digraph pipeline {\n");
        out.append("  graph [rankdir=").append(direction.name()).append(", fontname=\"Helvetica\", label=")
                .append(quote(model.title()))
                .append(", labelloc=t, fontsize=18, compound=true, nodesep=0.4, ranksep=0.8];\n");
        out.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#455a64\"];\n");
        for (int s = 0; s < model.stages().size(); s++) {
            DiagramModel.Stage stage = model.stages().get(s);
            String[] stageColours = Badge.statusColours(stage.status());
            out.append("  subgraph cluster_").append(s).append(" {\n");
            out.append("    label=").append(quote(stage.name())).append("; style=\"rounded,filled\"; fillcolor=")
                    .append(quote(stage.status() == null ? "#f7f9fa" : stageColours[0])).append("; color=")
                    .append(quote(stageColours[1])).append(";\n");
            if (stage.actions().isEmpty()) {
                out.append("    ").append(id(s, -1)).append(" [label=\"(no actions)\", style=dashed];\n");
            }
            for (int a = 0; a < stage.actions().size(); a++) {
                DiagramModel.Action action = stage.actions().get(a);
                String[] colours = Badge.statusColours(action.status());
                String label = action.name() + "\n" + action.provider()
                        + (action.status() == null ? "" : " · " + action.status().label());
                out.append("    ").append(id(s, a)).append(" [label=").append(quote(label));
                if (action.isApproval()) {
                    out.append(", shape=hexagon, style=\"filled,dashed\", penwidth=2, color=\"#ef6c00\", fillcolor=")
                            .append(quote(action.status() == null ? "#fff8e1" : colours[0]));
                } else {
                    out.append(", color=").append(quote(colours[1])).append(", fillcolor=").append(quote(colours[0]));
                }
                out.append("];\n");
            }
            out.append("  }\n");
        }
        for (DiagramModel.Transition transition : model.transitions()) {
            int from = transition.from();
            int to = transition.to();
            if (from < 0 || to >= model.stages().size()) {
                continue;
            }
            // cluster to cluster: drawn from the first node, clipped at the clusters' borders (compound=true)
            out.append("  ").append(id(from, first(model, from))).append(" -> ").append(id(to, first(model, to)))
                    .append(" [ltail=cluster_").append(from).append(", lhead=cluster_").append(to)
                    .append(", class=\"transition\", penwidth=2.5, weight=10");
            if (transition.enabled()) {
                out.append(", color=\"#263238\"");
            } else {
                out.append(", color=\"#78909c\", style=dashed, label=\"disabled\", tooltip=")
                        .append(quote(transition.disabledReason()));
            }
            out.append("];\n");
        }
        for (DiagramModel.Flow flow : model.flows()) {
            out.append("  ").append(id(flow.fromStage(), flow.fromAction())).append(" -> ")
                    .append(id(flow.toStage(), flow.toAction())).append(" [label=").append(quote(flow.artifact()))
                    .append(", class=\"artifact\", penwidth=1];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static int first(DiagramModel model, int stage) {
        return model.stages().get(stage).actions().isEmpty() ? -1 : 0;
    }

    private static String id(int stage, int action) {
        return action < 0 ? "s" + stage + "_empty" : "a" + stage + "_" + action;
    }

    static String quote(String value) {
        String text = value == null ? "" : value;
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
