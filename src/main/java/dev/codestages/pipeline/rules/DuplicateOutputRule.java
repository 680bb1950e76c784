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
import dev.codestages.pipeline.Value;
import java.util.HashMap;
import java.util.Map;

/** PL019: output artifact name used twice. */
public final class DuplicateOutputRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL019", "output artifact name used twice", Severity.ERROR, FileKind.PIPELINE,
            "Artifacts are found by name in the artifact store, so every output artifact name is unique in"
                    + " the whole pipeline, not just in its stage. CodePipeline rejects a second one: \"Output Artifact"
                    + " Bundle name must be unique within the pipeline. BuildOutput has been used more than once.\"",
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
                            outputArtifacts: [{name: Src}]
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
            Map<String, Action> made = new HashMap<>();
            for (Action action : pipeline.actions()) {
                for (Artifact output : action.outputArtifacts()) {
                    Value name = output.name();
                    Action first = name.isPresent() ? made.putIfAbsent(PartLabels.identity(name), action) : null;
                    if (first != null) {
                        context.report(name.at(), "output artifact " + name.quoted() + " is already made by "
                                + PartLabels.action(first) + "; output artifact names must be unique in a pipeline",
                                "rename this one and the inputs that mean it");
                    }
                }
            }
        }
    }
}
