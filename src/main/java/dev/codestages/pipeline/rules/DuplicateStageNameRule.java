package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import java.util.HashMap;
import java.util.Map;

/** PL009: stage name used twice. */
public final class DuplicateStageNameRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL009", "stage name used twice", Severity.ERROR, FileKind.PIPELINE,
            "Stage names identify stages in the console, in the API (retry, transitions, approvals) and in"
                    + " execution history, so they are unique within a pipeline; CodePipeline rejects a pipeline with"
                    + " two stages of the same name (cfn-lint: \"All stage names within a pipeline must be unique\")."
                    + " Names compare exactly, case included.",
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
                      - name: Source
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
            Map<String, Value> seen = new HashMap<>();
            for (Stage stage : pipeline.stages()) {
                Value name = stage.name();
                if (!name.isPresent()) {
                    continue;
                }
                Value first = seen.putIfAbsent(PartLabels.identity(name), name);
                if (first != null) {
                    context.report(name.at(), "stage name " + name.quoted() + " is already used at line "
                            + first.at().line() + "; stage names must be unique in a pipeline", "rename one of them");
                }
            }
        }
    }
}
