package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** PL001: unknown key in the pipeline structure. */
public final class PipelineUnknownKeyRule extends ReadProblemRule {

    static final RuleInfo INFO = new RuleInfo("PL001", "unknown key in the pipeline structure", Severity.ERROR, FileKind.PIPELINE,
            "The AWS CLI checks every member name before it sends a pipeline (\"Unknown parameter in"
                    + " pipeline.stages[0]: ...\") and CloudFormation rejects properties its resource schema does not"
                    + " have, so a misspelt or misplaced key fails the whole create or update. The API structure spells"
                    + " keys in camelCase (runOrder, inputArtifacts); CloudFormation uses the PascalCase twins"
                    + " (RunOrder, InputArtifacts). A key at the wrong level, such as Configuration inside"
                    + " ActionTypeId, is reported where it stands.",
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
                            runorder: 1
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
}
