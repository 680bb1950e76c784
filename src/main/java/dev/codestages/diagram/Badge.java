package dev.codestages.diagram;

import java.util.Map;

/**
 * The small badge each action carries: a short code for its provider and a colour for its category,
 * so that a class can tell a CodeBuild action from a CodeDeploy one at a glance, also in print.
 */
final class Badge {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("CodeCommit", "CC"), Map.entry("S3", "S3"), Map.entry("ECR", "ECR"),
            Map.entry("CodeStarSourceConnection", "GIT"), Map.entry("GitHub", "GH"),
            Map.entry("CodeBuild", "CB"), Map.entry("Jenkins", "JK"), Map.entry("Manual", "OK?"),
            Map.entry("CodeDeploy", "CD"), Map.entry("CodeDeployToECS", "CD"), Map.entry("ECS", "ECS"),
            Map.entry("ElasticBeanstalk", "EB"), Map.entry("CloudFormation", "CF"),
            Map.entry("CloudFormationStackSet", "CF"), Map.entry("Lambda", "λ"), Map.entry("StepFunctions", "SF"),
            Map.entry("Commands", "$_"), Map.entry("AppConfig", "AC"), Map.entry("ServiceCatalog", "SC"));

    private static final Map<String, String> COLOURS = Map.of(
            "Source", "#2e7d32", "Build", "#1565c0", "Test", "#6a1b9a", "Deploy", "#c62828",
            "Approval", "#ef6c00", "Invoke", "#00838f", "Compute", "#37474f");

    private Badge() {
    }

    static String code(DiagramModel.Action action) {
        String code = CODES.get(action.provider());
        if (code != null) {
            return code;
        }
        String provider = action.provider() == null ? "?" : action.provider().replaceAll("[^A-Z0-9]", "");
        return provider.isEmpty() ? "?" : provider.substring(0, Math.min(3, provider.length()));
    }

    static String colour(DiagramModel.Action action) {
        return COLOURS.getOrDefault(action.category(), "#546e7a");
    }

    /** Fill and stroke for a run status; light fills so black text stays readable in print. */
    static String[] statusColours(DiagramModel.Status status) {
        if (status == null) {
            return new String[] {"#ffffff", "#90a4ae"};
        }
        switch (status) {
            case SUCCEEDED:
                return new String[] {"#e8f5e9", "#2e7d32"};
            case FAILED:
                return new String[] {"#ffebee", "#c62828"};
            case REJECTED:
                return new String[] {"#fff3e0", "#e65100"};
            case STOPPED:
            case IN_PROGRESS:
                return new String[] {"#fffde7", "#f9a825"};
            default:
                return new String[] {"#f5f5f5", "#9e9e9e"};
        }
    }
}
