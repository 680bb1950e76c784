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

/** PL007: first stage not made of source actions only. */
public final class FirstStageRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL007", "first stage not made of source actions only", Severity.ERROR, FileKind.PIPELINE,
            "The first stage of a pipeline holds its source actions and nothing else: CodeCommit, S3, ECR,"
                    + " connections to GitHub or Bitbucket. CodePipeline rejects a first stage without a source action,"
                    + " or with a build, test, deploy or approval action in it (\"Pipeline should start with a stage"
                    + " that only contains source actions\"). Put the other actions in a later stage.",
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
                          - name: Approve
                            actionTypeId: {category: Approval, owner: AWS, provider: Manual, version: "1"}
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
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
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                          - name: Approve
                            actionTypeId: {category: Approval, owner: AWS, provider: Manual, version: "1"}
                            runOrder: 2
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            if (pipeline.stages().isEmpty()) {
                continue;
            }
            Stage first = pipeline.stages().get(0);
            boolean anySource = first.actions().stream().anyMatch(Action::isSource);
            boolean allKnown = first.complete() && first.actions().stream().allMatch(a -> a.category().isLiteral());
            if (!anySource) {
                if (allKnown && !first.actions().isEmpty()) {
                    context.report(first.nameAt(), "the first stage " + first.name().quoted()
                            + " has no source action; a pipeline starts with a stage of source actions only",
                            "add a source stage (CodeCommit, S3, ECR, CodeStarSourceConnection) before it");
                }
                continue;
            }
            for (Action action : first.actions()) {
                if (action.category().isLiteral() && !action.isSource()) {
                    context.report(action.category().at(), PartLabels.action(action) + " (category "
                            + action.category().quoted() + ") is in the first stage, which may hold only source"
                            + " actions", "move it to a later stage");
                }
            }
        }
    }
}
