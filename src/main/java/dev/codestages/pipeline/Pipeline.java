package dev.codestages.pipeline;

import dev.codestages.yaml.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A CodePipeline pipeline as every consumer sees it, whatever it was read from (API JSON/YAML, a
 * CloudFormation resource, a project folder): stages in order, each with its actions, and where the
 * artifacts are kept. Immutable; every element keeps the position it was read from, so rules can point
 * at the exact value at fault, and nothing in it refers to YAML.
 *
 * @param origin         what it was read from
 * @param name           the pipeline name (absent in a CloudFormation template that lets the stack name it)
 * @param roleArn        the service role
 * @param artifactStores the single {@code artifactStore} (region absent) or the entries of
 *                       {@code artifactStores}, one per Region
 * @param stages         in execution order
 * @param pipelineType   {@code V1} or {@code V2}, absent when not given
 * @param executionMode  {@code SUPERSEDED} (the default), {@code QUEUED} or {@code PARALLEL}
 * @param variables      the pipeline-level variables of a V2 pipeline, in file order
 * @param at             where the declaration starts
 * @param complete       false when some stages are not known: decided at deploy time (a CloudFormation
 *                       {@code Fn::If} in place of a stage or of the whole list) or unreadable (reported)
 */
public record Pipeline(Origin origin, Value name, Value roleArn, List<ArtifactStore> artifactStores,
                       List<Stage> stages, Value pipelineType, Value executionMode, List<PipelineVariable> variables,
                       Position at, boolean complete) {

    public Pipeline {
        artifactStores = List.copyOf(artifactStores);
        stages = List.copyOf(stages);
        variables = List.copyOf(variables);
    }

    /** The pipeline's artifact store: the single one, or the first of a cross-Region map. */
    public Optional<ArtifactStore> artifactStore() {
        return artifactStores.stream().findFirst();
    }

    /** True when every stage is known, so stage and action counts are exact. */
    public boolean isFullyKnown() {
        return complete && stages.stream().allMatch(Stage::complete);
    }

    /** Every action, stage by stage, in file order. */
    /**
     * The pipeline-level variables that have a default value, name to default, in declaration order: what
     * {@code #{variables.NAME}} is when an execution gives no value of its own.
     */
    public java.util.Map<String, String> variableDefaults() {
        java.util.Map<String, String> defaults = new java.util.LinkedHashMap<>();
        for (PipelineVariable variable : variables) {
            if (variable.name().isLiteral() && variable.defaultValue().isLiteral()) {
                defaults.put(variable.name().text(), variable.defaultValue().text());
            }
        }
        return defaults;
    }

    public List<Action> actions() {
        List<Action> all = new ArrayList<>();
        stages.forEach(stage -> all.addAll(stage.actions()));
        return all;
    }

    /**
     * Every artifact hand-over in the pipeline: for each input artifact of each action, the action that
     * made it (the first producer of that name that runs earlier; inputs nobody made earlier are left out).
     * In stage order, then action order, then input order: what a diagram draws as arrows.
     */
    public List<ArtifactFlow> artifactFlows() {
        List<ArtifactFlow> flows = new ArrayList<>();
        Map<String, int[]> made = new HashMap<>();
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            for (List<Action> group : stage.runOrderGroups()) {
                for (Action action : group) {
                    int a = indexOf(stage, action);
                    for (Artifact input : action.inputArtifacts()) {
                        int[] from = made.get(sameName(input.name()));
                        if (input.name().isPresent() && from != null) {
                            flows.add(new ArtifactFlow(input.name().text(), from[0], from[1], s, a));
                        }
                    }
                }
                for (Action action : group) {
                    int a = indexOf(stage, action);
                    for (Artifact output : action.outputArtifacts()) {
                        if (output.name().isPresent()) {
                            made.putIfAbsent(sameName(output.name()), new int[] {s, a});
                        }
                    }
                }
            }
        }
        flows.sort(java.util.Comparator.comparingInt(ArtifactFlow::toStage).thenComparingInt(ArtifactFlow::consumer));
        return List.copyOf(flows);
    }

    /**
     * The key under which two artifact names are the same artifact: equal literals, or the same deploy-time
     * expression (whose canonical text is equal); a literal never matches an expression, whose value is unknown.
     */
    private static String sameName(Value name) {
        return name.kind().name() + ":" + name.text();
    }

    private static int indexOf(Stage stage, Action action) {
        List<Action> actions = stage.actions();
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i) == action) {
                return i;
            }
        }
        return actions.indexOf(action);
    }
}
