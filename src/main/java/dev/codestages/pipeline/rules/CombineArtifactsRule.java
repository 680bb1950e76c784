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
import java.util.Optional;

/** PL037: batch-only setting CombineArtifacts without BatchEnabled. */
public final class CombineArtifactsRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL037", "batch-only setting CombineArtifacts without BatchEnabled", Severity.WARNING, FileKind.PIPELINE,
            "CombineArtifacts merges the artifacts of the builds of a batch into one output. It has an"
                    + " effect only when BatchEnabled is \"true\"; without it the action runs a single build and the"
                    + " setting does nothing, which usually means BatchEnabled was forgotten.",
            PipelineDocPages.CODEBUILD, """
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
                            configuration: {ProjectName: demo, CombineArtifacts: "true"}
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
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo, BatchEnabled: "true", CombineArtifacts: "true"}
                            inputArtifacts: [{name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                if (!action.provider().is("CodeBuild")) {
                    continue;
                }
                Optional<Value> combine = action.configuration().get("CombineArtifacts");
                Optional<Value> batch = action.configuration().get("BatchEnabled");
                boolean combined = combine.map(v -> v.isLiteral() && v.text().equalsIgnoreCase("true")).orElse(false);
                boolean batched = batch.map(v -> !v.isLiteral() || v.text().equalsIgnoreCase("true")).orElse(false);
                if (combined && !batched) {
                    context.report(combine.get().at(), "CombineArtifacts of " + PartLabels.action(action)
                            + " has no effect: BatchEnabled is not 'true'", "add BatchEnabled: \"true\", or remove CombineArtifacts");
                }
            }
        }
    }
}
