package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.ActionType;
import dev.codestages.pipeline.Artifact;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import java.util.List;
import java.util.Optional;

/** PL016: wrong number of input artifacts. */
public final class InputCountRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL016", "wrong number of input artifacts", Severity.ERROR, FileKind.PIPELINE,
            "Each action type takes a fixed number of input artifacts: none for a source, exactly one for"
                    + " CodeDeploy, ECS, Elastic Beanstalk and S3 deploy, 1 to 5 for CodeBuild, up to 10 for"
                    + " CloudFormation. CodePipeline rejects any other count: \"Action Deploy declares 0 input artifacts"
                    + " which is less than the minimum count (1)\". An action without input has nothing to build or"
                    + " deploy; several inputs where one is allowed have no meaning.",
            PipelineDocPages.ARTIFACTS, """
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
                            outputArtifacts: [{name: App}]
                      - name: Deploy
                        actions:
                          - name: Deploy
                            actionTypeId: {category: Deploy, owner: AWS, provider: CodeDeploy, version: "1"}
                            configuration: {ApplicationName: demo, DeploymentGroupName: staging}
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
                            outputArtifacts: [{name: App}]
                      - name: Deploy
                        actions:
                          - name: Deploy
                            actionTypeId: {category: Deploy, owner: AWS, provider: CodeDeploy, version: "1"}
                            configuration: {ApplicationName: demo, DeploymentGroupName: staging}
                            inputArtifacts: [{name: App}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                Optional<ActionType> type = action.type();
                if (type.isEmpty() || action.isApproval()) {
                    continue; // approvals: PL021
                }
                ActionType.Range range = type.get().inputs();
                List<Artifact> artifacts = action.inputArtifacts();
                if (range.contains(artifacts.size())) {
                    continue;
                }
                String message = PartLabels.typedAction(action) + " declares " + artifacts.size() + " input artifact"
                        + (artifacts.size() == 1 ? "" : "s") + "; " + action.provider().text() + " takes "
                        + range.describe();
                if (artifacts.size() > range.max()) {
                    context.report(artifacts.get(range.max()).name().at(), message, "remove the extra input artifacts");
                } else {
                    context.report(action.nameAt(), message, "add inputArtifacts naming the artifact an earlier action makes");
                }
            }
        }
    }
}
