package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;

/** PL022: runOrder outside 1 to 999. */
public final class RunOrderRangeRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL022", "runOrder outside 1 to 999", Severity.ERROR, FileKind.PIPELINE,
            "runOrder places an action inside its stage: actions with the same number run in parallel, a"
                    + " larger number runs after all smaller ones succeeded. It is a whole number from 1 to 999"
                    + " (default 1); gaps are fine. Zero, negative numbers and larger values are rejected with a"
                    + " ValidationException.",
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
                            runOrder: 0
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
                            runOrder: 1
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                Value runOrder = action.runOrder();
                if (!runOrder.isLiteral()) {
                    continue;
                }
                long number;
                try {
                    number = Long.parseLong(runOrder.text().trim());
                } catch (NumberFormatException e) {
                    continue; // not a number: PL003
                }
                if (number < 1 || number > 999) {
                    context.report(runOrder.at(), "runOrder " + runOrder.quoted() + " of " + PartLabels.action(action)
                            + " is outside 1 to 999", number < 1 ? "the first action of a stage is runOrder 1" : null);
                }
            }
        }
    }
}
