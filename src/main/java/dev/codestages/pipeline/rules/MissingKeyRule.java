package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** PL002: required key missing. */
public final class MissingKeyRule extends ReadProblemRule {

    static final RuleInfo INFO = new RuleInfo("PL002", "required key missing", Severity.ERROR, FileKind.PIPELINE,
            "A pipeline needs a name (except in CloudFormation, which can generate one), a service role"
                    + " (roleArn) and its stages; a stage needs a name and actions; an action needs a name and an"
                    + " actionTypeId with category, owner, provider and version; an artifact needs a name; an artifact"
                    + " store needs a type and a location. The CLI refuses to send a pipeline without them (\"Missing"
                    + " required parameter in pipeline...\") and CloudFormation fails the resource.",
            PipelineDocPages.STRUCTURE, """
                    name: demo
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
