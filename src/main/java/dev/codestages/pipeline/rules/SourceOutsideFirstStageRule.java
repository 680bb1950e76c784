package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Stage;

/** PL008: source action outside the first stage. */
public final class SourceOutsideFirstStageRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL008", "source action outside the first stage", Severity.ERROR, FileKind.PIPELINE,
            "Source actions run at the start of every execution and fix the revision the run works on, so"
                    + " CodePipeline accepts them only in the first stage. A source action in a later stage is rejected"
                    + " (the AWS CDK says \"Source actions may only occur in first stage\"). A pipeline with several"
                    + " sources puts them all, side by side, in its first stage.",
            PipelineDocPages.STRUCTURE, """
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
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                          - name: Assets
                            actionTypeId: {category: Source, owner: AWS, provider: S3, version: "1"}
                            configuration: {S3Bucket: demo-assets, S3ObjectKey: assets.zip}
                            outputArtifacts: [{name: Assets}]
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
                          - name: Assets
                            actionTypeId: {category: Source, owner: AWS, provider: S3, version: "1"}
                            configuration: {S3Bucket: demo-assets, S3ObjectKey: assets.zip}
                            outputArtifacts: [{name: Assets}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Stage stage : pipeline.stages().subList(Math.min(1, pipeline.stages().size()), pipeline.stages().size())) {
                for (Action action : stage.actions()) {
                    if (action.isSource()) {
                        context.report(action.category().at(), "source " + PartLabels.action(action) + " is in "
                                + PartLabels.stage(stage) + "; source actions may stand only in the first stage",
                                "move it to the first stage, beside the other source actions");
                    }
                }
            }
        }
    }
}
