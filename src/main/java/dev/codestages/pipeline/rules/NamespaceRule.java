package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** PL025: variable namespace used twice or named like an artifact. */
public final class NamespaceRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL025", "variable namespace used twice or named like an artifact", Severity.ERROR, FileKind.PIPELINE,
            "An action's namespace makes its output variables referable as #{Namespace.Variable}, so it must"
                    + " say which action it means: namespaces are unique across the pipeline and may not equal an"
                    + " artifact name. CodePipeline rejects duplicates with \"Namespaces must be unique across the"
                    + " pipeline definition\".",
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
                            namespace: SourceVars
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                            namespace: SourceVars
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
                            namespace: SourceVars
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                            namespace: BuildVars
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            Set<String> artifacts = new HashSet<>();
            for (Action action : pipeline.actions()) {
                action.outputArtifacts().forEach(o -> artifacts.add(PartLabels.identity(o.name())));
            }
            Map<String, Action> seen = new HashMap<>();
            for (Action action : pipeline.actions()) {
                Value namespace = action.namespace();
                if (!namespace.isPresent()) {
                    continue;
                }
                Action first = seen.putIfAbsent(PartLabels.identity(namespace), action);
                if (first != null) {
                    context.report(namespace.at(), "namespace " + namespace.quoted() + " of " + PartLabels.action(action)
                            + " is already the namespace of " + PartLabels.action(first) + "; namespaces must be unique",
                            "give each action its own namespace");
                } else if (artifacts.contains(PartLabels.identity(namespace))) {
                    context.report(namespace.at(), "namespace " + namespace.quoted() + " of " + PartLabels.action(action)
                            + " is also an artifact name; a namespace may not equal an artifact name",
                            "rename the namespace, e.g. '" + namespace.text() + "Vars'");
                }
            }
        }
    }
}
