package dev.codestages.diagram;

/**
 * Writes a Mermaid flowchart that pastes into Markdown (GitHub, GitLab, docs sites): one subgraph per
 * stage, one node per action (the approval gate as a hexagon), thick transitions from each stage to the
 * next (dotted and marked when disabled), artifact arrows with their names, and status classes when a
 * run is shown. Names are quoted and escaped with Mermaid's entity codes.
 */
public final class MermaidRenderer {

    private MermaidRenderer() {
    }

    public static String render(DiagramModel model) {
        return render(model, Direction.LR);
    }

    public static String render(DiagramModel model, Direction direction) {
        StringBuilder out = new StringBuilder();
        out.append("flowchart ").append(direction.name()).append('\n');
        for (int s = 0; s < model.stages().size(); s++) {
            DiagramModel.Stage stage = model.stages().get(s);
            out.append("  subgraph s").append(s).append("[\"").append(text(stage.name())).append("\"]\n");
            out.append("    direction TB\n");
            for (int a = 0; a < stage.actions().size(); a++) {
                DiagramModel.Action action = stage.actions().get(a);
                String label = text(action.name()) + "<br/><small>" + text(action.provider()) + "</small>";
                out.append("    ").append(id(s, a));
                out.append(action.isApproval() ? "{{\"" + label + "\"}}" : "[\"" + label + "\"]");
                if (action.status() != null) {
                    out.append(":::").append(action.status().name().toLowerCase(java.util.Locale.ROOT));
                }
                out.append('\n');
            }
            out.append("  end\n");
        }
        for (DiagramModel.Transition transition : model.transitions()) {
            out.append("  s").append(transition.from())
                    .append(transition.enabled() ? " ==> s" : " -.->|\"disabled\"| s").append(transition.to())
                    .append('\n');
        }
        for (DiagramModel.Flow flow : model.flows()) {
            out.append("  ").append(id(flow.fromStage(), flow.fromAction())).append(" -- \"")
                    .append(text(flow.artifact())).append("\" --> ").append(id(flow.toStage(), flow.toAction()))
                    .append('\n');
        }
        out.append("  classDef succeeded fill:#e8f5e9,stroke:#2e7d32\n");
        out.append("  classDef failed fill:#ffebee,stroke:#c62828\n");
        out.append("  classDef rejected fill:#fff3e0,stroke:#e65100\n");
        out.append("  classDef skipped fill:#f5f5f5,stroke:#9e9e9e\n");
        out.append("  classDef stopped fill:#fffde7,stroke:#f9a825\n");
        out.append("  classDef in_progress fill:#fffde7,stroke:#f9a825\n");
        return out.toString();
    }

    private static String id(int stage, int action) {
        return "a" + stage + "_" + action;
    }

    /**
     * Mermaid's entity codes for characters that end a label or start markup: quotes and angle brackets,
     * {@code #} and {@code &} (entities), {@code %} ({@code %%} starts a comment and {@code %%{init}%%} a
     * directive that reconfigures the renderer), the apostrophe, and the backtick (a markdown string).
     * Line breaks and other control characters become a space.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    out.append("#quot;");
                    break;
                case '<':
                    out.append("#lt;");
                    break;
                case '>':
                    out.append("#gt;");
                    break;
                case '#':
                    out.append("#35;");
                    break;
                case '&':
                    out.append("#amp;");
                    break;
                case '%':
                    out.append("#37;");
                    break;
                case '\'':
                    out.append("#39;");
                    break;
                case '`':
                    out.append("#96;");
                    break;
                default:
                    out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }
}
