package dev.codestages.pipeline.rules;

import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import dev.codestages.pipeline.VariableReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PL036: variable reference to a namespace no earlier action declares. */
public final class VariableReferenceRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL036", "variable reference to a namespace no earlier action declares", Severity.ERROR, FileKind.PIPELINE,
            "A configuration value can use the output variables of another action as #{Namespace.Variable},"
                    + " where Namespace is the namespace that action declares; #{codepipeline.PipelineExecutionId} and,"
                    + " in V2 pipelines, #{variables.NAME} are built in. The action must run before the one that reads"
                    + " the variable: in an earlier stage, or earlier in the same stage (lower runOrder). A reference"
                    + " to a namespace nobody declares, or one declared by an action that runs later, cannot be"
                    + " resolved and the pipeline is rejected or the action fails.",
            PipelineDocPages.VARIABLES, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main}
                            outputArtifacts: [{name: Src}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration:
                              ProjectName: demo
                              EnvironmentVariables: '[{"name":"COMMIT","value":"#{SourceVariables.CommitId}"}]'
                            inputArtifacts: [{name: Src}]
                    """, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main}
                            outputArtifacts: [{name: Src}]
                            namespace: SourceVariables
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration:
                              ProjectName: demo
                              EnvironmentVariables: '[{"name":"COMMIT","value":"#{SourceVariables.CommitId}"}]'
                            inputArtifacts: [{name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final Set<String> BUILT_IN = Set.of(VariableReference.EXECUTION_NAMESPACE,
            VariableReference.PIPELINE_NAMESPACE);

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            Map<String, Action> declared = new LinkedHashMap<>();
            boolean unknown = !pipeline.isFullyKnown();
            for (Action action : pipeline.actions()) {
                if (action.namespace().isLiteral()) {
                    declared.putIfAbsent(action.namespace().text(), action);
                }
                unknown |= action.namespace().kind() == Value.Kind.REFERENCE;
            }
            if (unknown) {
                continue;
            }
            Set<String> available = new HashSet<>(BUILT_IN);
            for (Stage stage : pipeline.stages()) {
                for (List<Action> group : stage.runOrderGroups()) {
                    for (Action action : group) {
                        for (VariableReference reference : action.variableReferences()) {
                            check(action, reference, available, declared, context);
                        }
                    }
                    for (Action action : group) {
                        if (action.namespace().isLiteral()) {
                            available.add(action.namespace().text());
                        }
                    }
                }
            }
        }
    }

    private static void check(Action action, VariableReference reference, Set<String> available,
                              Map<String, Action> declared, RuleContext context) {
        String namespace = reference.namespace();
        if (available.contains(namespace)) {
            return;
        }
        Action owner = declared.get(namespace);
        if (owner != null) {
            context.report(reference.at(), "'" + reference.text() + "' in " + PartLabels.action(action) + " reads namespace '"
                    + namespace + "' of " + PartLabels.action(owner) + ", which does not run before it",
                    "variables are available only to actions that run later: a later stage, or a higher runOrder");
        } else {
            List<String> known = new ArrayList<>(declared.keySet());
            known.addAll(BUILT_IN);
            String hint = known.stream().filter(k -> k.startsWith(namespace) || namespace.startsWith(k))
                    .findFirst().map(k -> "did you mean '" + k + "'?").orElse(DidYouMean.hint(namespace, known));
            context.report(reference.at(), "'" + reference.text() + "' in " + PartLabels.action(action) + " names namespace '"
                    + namespace + "', which no action declares", hint != null ? hint
                            : "give the action whose variables you mean a namespace: " + namespace);
        }
    }
}
