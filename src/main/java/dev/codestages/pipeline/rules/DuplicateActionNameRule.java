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
import dev.codestages.pipeline.Value;
import java.util.HashMap;
import java.util.Map;

/** PL010: action name used twice in a stage. */
public final class DuplicateActionNameRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL010", "action name used twice in a stage", Severity.ERROR, FileKind.PIPELINE,
            "Action names are unique within their stage (the same name may appear in different stages): the"
                    + " API addresses an action by stage and action name, for approvals, retries and execution details."
                    + " CodePipeline rejects two actions of one name in a stage (cfn-lint: \"All action names within a"
                    + " stage must be unique\").",
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
                          - name: Build
                            actionTypeId: {category: Test, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo-tests}
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
                          - name: Test
                            actionTypeId: {category: Test, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo-tests}
                            inputArtifacts: [{name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Stage stage : pipeline.stages()) {
                Map<String, Value> seen = new HashMap<>();
                for (Action action : stage.actions()) {
                    Value name = action.name();
                    Value first = name.isPresent() ? seen.putIfAbsent(PartLabels.identity(name), name) : null;
                    if (first != null) {
                        context.report(name.at(), "action name " + name.quoted() + " is already used in "
                                + PartLabels.stage(stage) + " at line " + first.at().line()
                                + "; action names must be unique within a stage", "rename one of them");
                    }
                }
            }
        }
    }
}
