package dev.codestages.diagram;

import dev.codestages.pipeline.Status;
import java.util.List;
import java.util.Map;

/**
 * The small badge each action carries: a short code for its provider and a colour for its category,
 * so that a class can tell a CodeBuild action from a CodeDeploy one at a glance, also in print; and
 * the status colours of a run, which no category colour repeats.
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

    /**
     * Category colours, kept well apart from every status colour ({@link #statusColours}): a CodeDeploy
     * badge must not read as "Failed", nor a source badge as "Succeeded".
     */
    static final Map<String, String> COLOURS = Map.of(
            "Source", "#00695c", "Build", "#1565c0", "Test", "#6a1b9a", "Deploy", "#283593",
            "Approval", "#6d4c41", "Invoke", "#00838f", "Compute", "#424242");

    static final String OTHER_COLOUR = "#546e7a";

    /** The categories in the order of a pipeline, for the legend. */
    static final List<String> CATEGORIES = List.of("Source", "Build", "Test", "Deploy", "Approval",
            "Invoke", "Compute");

    /**
     * The run statuses a diagram shows, in the legend's order; a report's other words (Stopping) leave the
     * stage or action without a status colour.
     */
    static final List<Status> STATUSES = List.of(Status.SUCCEEDED, Status.FAILED, Status.REJECTED, Status.SKIPPED,
            Status.STOPPED, Status.IN_PROGRESS, Status.STUBBED, Status.ABANDONED, Status.SUPERSEDED);

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

    /** The code in ASCII, for the text picture: Lambda's λ becomes FN, the approval's OK? becomes OK. */
    static String asciiCode(DiagramModel.Action action) {
        String code = code(action);
        return "λ".equals(code) ? "FN" : AsciiRenderer.ascii(code).replace("?", "");
    }

    static String colour(DiagramModel.Action action) {
        return COLOURS.getOrDefault(action.category(), OTHER_COLOUR);
    }

    /**
     * Fill and stroke for a run status; light fills so black text stays readable in print. The hues are
     * the CodePipeline console's: in progress blue, succeeded green, failed red, stopped amber.
     */
    static String[] statusColours(Status status) {
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
            case IN_PROGRESS:
                return new String[] {"#e3f2fd", "#2196f3"};
            case STOPPED:
                return new String[] {"#fffde7", "#f9a825"};
            default:
                return new String[] {"#f5f5f5", "#9e9e9e"};
        }
    }
}
