package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** PL034: get-pipeline metadata left in an input file. */
public final class MetadataRule extends ReadProblemRule {

    static final RuleInfo INFO = new RuleInfo("PL034", "get-pipeline metadata left in an input file", Severity.WARNING, FileKind.PIPELINE,
            "aws codepipeline get-pipeline prints the pipeline together with a \"metadata\" block (ARN,"
                    + " created and updated times). create-pipeline and update-pipeline accept only \"pipeline\" (and"
                    + " \"tags\" on create), so feeding the saved output back fails in the CLI with Unknown parameter in"
                    + " input: \"metadata\". The User Guide tells you to delete the metadata lines before updating.",
            PipelineDocPages.EDIT, """
                    pipeline:
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
                    metadata:
                      pipelineArn: arn:aws:codepipeline:us-east-1:111122223333:demo
                    """, """
                    pipeline:
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
