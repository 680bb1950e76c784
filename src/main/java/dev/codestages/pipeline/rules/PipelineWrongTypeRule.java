package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** PL003: value of the wrong type. */
public final class PipelineWrongTypeRule extends ReadProblemRule {

    static final RuleInfo INFO = new RuleInfo("PL003", "value of the wrong type", Severity.ERROR, FileKind.PIPELINE,
            "The CodePipeline API is typed: stages, actions and artifacts are lists, actionTypeId and"
                    + " configuration are mappings, runOrder is a whole number, and actionTypeId.version and every"
                    + " configuration value are strings. The CLI rejects a number where a string belongs (\"Invalid type"
                    + " for parameter ... valid types: <class 'str'>\"), so in JSON and YAML input write \"1\" and \"false\""
                    + " in quotes. CloudFormation converts scalars to strings itself, but a list where a mapping"
                    + " belongs, or an empty value, fails there too.",
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
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: 1}
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
}
