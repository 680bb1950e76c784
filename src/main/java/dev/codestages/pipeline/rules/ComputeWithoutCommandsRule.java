package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Category;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;

/** PL031: compute action without commands. */
public final class ComputeWithoutCommandsRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL031", "compute action without commands", Severity.ERROR, FileKind.PIPELINE,
            "A Compute action (provider Commands) runs the shell commands listed in its commands field, 1 to"
                    + " 50 of them; without any it has nothing to do and CodePipeline rejects it: \"Action Lint must"
                    + " have a non-empty commands field\".",
            PipelineDocPages.COMMANDS, """
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
                          - name: Lint
                            actionTypeId: {category: Compute, owner: AWS, provider: Commands, version: "1"}
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
                          - name: Lint
                            actionTypeId: {category: Compute, owner: AWS, provider: Commands, version: "1"}
                            inputArtifacts: [{name: Src}]
                            commands: [npm ci, npm run lint]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                if (action.category().is(Category.COMPUTE.label()) && action.commands().isEmpty()) {
                    context.report(action.category().at(), "Compute " + PartLabels.action(action)
                            + " has no commands; it needs 1 to 50", "add commands: [ ... ] to the action");
                }
            }
        }
    }
}
