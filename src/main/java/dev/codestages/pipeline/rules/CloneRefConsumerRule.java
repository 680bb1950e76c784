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
import java.util.HashMap;
import java.util.Map;

/** PL038: git clone reference given to an action that is not CodeBuild. */
public final class CloneRefConsumerRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL038", "git clone reference given to an action that is not CodeBuild", Severity.ERROR, FileKind.PIPELINE,
            "With OutputArtifactFormat CODEBUILD_CLONE_REF, a CodeCommit or CodeStarSourceConnection source"
                    + " does not zip the files: its artifact is a reference that only a CodeBuild action can use, by"
                    + " cloning the repository itself. Any other action that takes it (a deploy, an S3 upload, a"
                    + " Lambda) fails at run time. Give those actions the output of the CodeBuild action instead, or"
                    + " use the default CODE_ZIP.",
            PipelineDocPages.CODECOMMIT, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main, OutputArtifactFormat: CODEBUILD_CLONE_REF}
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
                            configuration: {RepositoryName: demo, BranchName: main, OutputArtifactFormat: CODEBUILD_CLONE_REF}
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
            Map<String, Action> references = new HashMap<>();
            for (Action action : pipeline.actions()) {
                if (action.configuration().get("OutputArtifactFormat").filter(v -> v.is("CODEBUILD_CLONE_REF")).isPresent()) {
                    action.outputArtifacts().forEach(o -> references.put(PartLabels.identity(o.name()), action));
                }
            }
            if (references.isEmpty()) {
                continue;
            }
            for (Action action : pipeline.actions()) {
                if (!action.provider().isLiteral() || action.provider().is("CodeBuild")) {
                    continue;
                }
                for (Artifact input : action.inputArtifacts()) {
                    Action source = references.get(PartLabels.identity(input.name()));
                    if (source != null) {
                        context.report(input.name().at(), "input artifact " + input.name().quoted() + " of "
                                + PartLabels.typedAction(action) + " is a CODEBUILD_CLONE_REF reference made by "
                                + PartLabels.action(source) + "; only CodeBuild actions can use it",
                                "give this action the output of a CodeBuild action, or use OutputArtifactFormat CODE_ZIP");
                    }
                }
            }
        }
    }
}
