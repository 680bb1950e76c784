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

/** PL017: wrong number of output artifacts. */
public final class OutputCountRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL017", "wrong number of output artifacts", Severity.ERROR, FileKind.PIPELINE,
            "Each action type makes a fixed number of output artifacts: exactly one for every source action,"
                    + " 0 to 5 for CodeBuild, at most one for CloudFormation, none for CodeDeploy, ECS, Elastic"
                    + " Beanstalk and S3 deploy. A source action without an output fetches code nobody can use, and"
                    + " CodePipeline rejects the pipeline; a deploy action with an output is rejected too.",
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
                            outputArtifacts: [{name: Src}, {name: Copy}]
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
                ActionType.Range range = type.get().outputs();
                List<Artifact> artifacts = action.outputArtifacts();
                if (range.contains(artifacts.size())) {
                    continue;
                }
                String message = PartLabels.typedAction(action) + " declares " + artifacts.size() + " output artifact"
                        + (artifacts.size() == 1 ? "" : "s") + "; " + action.provider().text() + " makes "
                        + range.describe();
                if (artifacts.size() > range.max()) {
                    context.report(artifacts.get(range.max()).name().at(), message, "remove the extra output artifacts");
                } else {
                    context.report(action.nameAt(), message, "add outputArtifacts with a name that later actions take as input");
                }
            }
        }
    }
}
