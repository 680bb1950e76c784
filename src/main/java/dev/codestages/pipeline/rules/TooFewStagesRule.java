package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;

/** PL006: pipeline with fewer than two stages. */
public final class TooFewStagesRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL006", "pipeline with fewer than two stages", Severity.ERROR, FileKind.PIPELINE,
            "A pipeline has at least two stages: the first holds its source actions, and at least one more"
                    + " does something with what they fetched. CodePipeline rejects a shorter one with \"Pipeline has"
                    + " only 1 stage(s). There should be a minimum of 2 stages.\" (InvalidStructureException).",
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
            int count = pipeline.stages().size();
            if (count < 2 && pipeline.isFullyKnown()) {
                context.report(count == 0 ? pipeline.at() : pipeline.stages().get(0).nameAt(),
                        "the pipeline has " + (count == 0 ? "no stage" : "only 1 stage")
                                + "; CodePipeline needs at least 2",
                        "start with a stage of source actions, then add a stage that builds, tests or deploys");
            }
        }
    }
}
