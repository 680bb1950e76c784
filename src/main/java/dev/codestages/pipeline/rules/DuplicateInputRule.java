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
import java.util.HashSet;
import java.util.Set;

/** PL024: input artifact listed twice in one action. */
public final class DuplicateInputRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL024", "input artifact listed twice in one action", Severity.ERROR, FileKind.PIPELINE,
            "An action lists each input artifact once: the list is a set in CloudFormation's schema"
                    + " (uniqueItems) and a second entry has no meaning, so the pipeline is rejected. A CodeBuild"
                    + " action that needs two artifacts lists two different names.",
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
                            configuration: {ProjectName: demo, PrimarySource: Src}
                            inputArtifacts: [{name: Src}, {name: Src}]
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
                Set<String> seen = new HashSet<>();
                for (Artifact input : action.inputArtifacts()) {
                    if (input.name().isPresent() && !seen.add(PartLabels.identity(input.name()))) {
                        context.report(input.name().at(), "input artifact " + input.name().quoted() + " is listed twice in "
                                + PartLabels.action(action), "remove the second entry");
                    }
                }
            }
        }
    }
}
