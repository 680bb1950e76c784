package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;

/** PL004: no pipeline in the file. */
public final class NoPipelineRule extends ReadProblemRule {

    static final RuleInfo INFO = new RuleInfo("PL004", "no pipeline in the file", Severity.ERROR, FileKind.PIPELINE,
            "A file read as a pipeline must hold one: the CodePipeline API structure (a \"pipeline\" mapping"
                    + " as get-pipeline prints it, or the declaration itself with name, roleArn, artifactStore and"
                    + " stages) or a CloudFormation template with a resource of type AWS::CodePipeline::Pipeline. In a"
                    + " folder, codestages reads only the files that hold one; this finding appears when a file was"
                    + " named as a pipeline (--type pipeline) but is none.",
            PipelineDocPages.STRUCTURE, """
                    AWSTemplateFormatVersion: "2010-09-09"
                    Resources:
                      Artifacts:
                        Type: AWS::S3::Bucket
                    """, """
                    AWSTemplateFormatVersion: "2010-09-09"
                    Resources:
                      Pipeline:
                        Type: AWS::CodePipeline::Pipeline
                        Properties:
                          RoleArn: !GetAtt PipelineRole.Arn
                          ArtifactStore: {Type: S3, Location: !Ref Artifacts}
                          Stages:
                            - Name: Source
                              Actions:
                                - Name: Checkout
                                  ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: 1}
                                  Configuration: {RepositoryName: demo, BranchName: main}
                                  OutputArtifacts: [{Name: Src}]
                            - Name: Build
                              Actions:
                                - Name: Build
                                  ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: 1}
                                  Configuration: {ProjectName: !Ref BuildProject}
                                  InputArtifacts: [{Name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }
}
