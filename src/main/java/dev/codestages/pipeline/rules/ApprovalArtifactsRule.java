package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Artifact;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;

/** PL021: approval action with artifacts. */
public final class ApprovalArtifactsRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL021", "approval action with artifacts", Severity.ERROR, FileKind.PIPELINE,
            "A manual approval only waits for a person to approve or reject; it takes no input artifact and"
                    + " makes no output (its type allows 0 and 0), and CodePipeline rejects one that lists any. The"
                    + " artifact the approval is about goes to the deploy action after it, which runs only once the"
                    + " approval succeeded. To show reviewers what they approve, use ExternalEntityLink or CustomData.",
            PipelineDocPages.APPROVALS, """
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
                      - name: Release
                        actions:
                          - name: Approve
                            actionTypeId: {category: Approval, owner: AWS, provider: Manual, version: "1"}
                            configuration: {CustomData: Check the staging site first}
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
                      - name: Release
                        actions:
                          - name: Approve
                            actionTypeId: {category: Approval, owner: AWS, provider: Manual, version: "1"}
                            configuration: {CustomData: Check the staging site first}
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                if (!action.isApproval()) {
                    continue;
                }
                for (Artifact input : action.inputArtifacts()) {
                    context.report(input.name().at(), "approval " + PartLabels.action(action) + " takes input artifact "
                            + input.name().quoted() + "; approvals take and make no artifacts",
                            "remove it; the action after the approval takes the artifact");
                }
                for (Artifact output : action.outputArtifacts()) {
                    context.report(output.name().at(), "approval " + PartLabels.action(action) + " makes output artifact "
                            + output.name().quoted() + "; approvals take and make no artifacts", "remove it");
                }
            }
        }
    }
}
