package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.util.HashMap;
import java.util.Map;

/** PL041: two pipelines of one template with the same name. */
public final class DuplicatePipelineNameRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL041", "two pipelines of one template with the same name",
            Severity.ERROR, FileKind.PIPELINE,
            "A pipeline's name is unique in its account and Region: CreatePipeline fails with"
                    + " PipelineNameInUseException (\"The specified pipeline name is already in use\") for a second"
                    + " pipeline of the same name, so a template with two AWS::CodePipeline::Pipeline resources"
                    + " whose 'Name' is the same fails to deploy the second one. Names given as expressions are"
                    + " compared only when they are the same expression.",
            "https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_CreatePipeline.html", """
                    Resources:
                      Main:
                        Type: AWS::CodePipeline::Pipeline
                        Properties:
                          Name: web
                          RoleArn: arn:aws:iam::210987654321:role/demo
                          ArtifactStore: {Type: S3, Location: demo-artifacts}
                          Stages:
                            - Name: Source
                              Actions:
                                - Name: Checkout
                                  ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: "1"}
                                  Configuration: {RepositoryName: web, BranchName: main}
                                  OutputArtifacts: [{Name: Src}]
                            - Name: Build
                              Actions:
                                - Name: Build
                                  ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1"}
                                  Configuration: {ProjectName: web}
                                  InputArtifacts: [{Name: Src}]
                      Hotfix:
                        Type: AWS::CodePipeline::Pipeline
                        Properties:
                          Name: web
                          RoleArn: arn:aws:iam::210987654321:role/demo
                          ArtifactStore: {Type: S3, Location: demo-artifacts}
                          Stages:
                            - Name: Source
                              Actions:
                                - Name: Checkout
                                  ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: "1"}
                                  Configuration: {RepositoryName: web, BranchName: hotfix}
                                  OutputArtifacts: [{Name: Src}]
                            - Name: Build
                              Actions:
                                - Name: Build
                                  ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1"}
                                  Configuration: {ProjectName: web}
                                  InputArtifacts: [{Name: Src}]
                    """, """
                    Resources:
                      Main:
                        Type: AWS::CodePipeline::Pipeline
                        Properties:
                          Name: web
                          RoleArn: arn:aws:iam::210987654321:role/demo
                          ArtifactStore: {Type: S3, Location: demo-artifacts}
                          Stages:
                            - Name: Source
                              Actions:
                                - Name: Checkout
                                  ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: "1"}
                                  Configuration: {RepositoryName: web, BranchName: main}
                                  OutputArtifacts: [{Name: Src}]
                            - Name: Build
                              Actions:
                                - Name: Build
                                  ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1"}
                                  Configuration: {ProjectName: web}
                                  InputArtifacts: [{Name: Src}]
                      Hotfix:
                        Type: AWS::CodePipeline::Pipeline
                        Properties:
                          Name: web-hotfix
                          RoleArn: arn:aws:iam::210987654321:role/demo
                          ArtifactStore: {Type: S3, Location: demo-artifacts}
                          Stages:
                            - Name: Source
                              Actions:
                                - Name: Checkout
                                  ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: "1"}
                                  Configuration: {RepositoryName: web, BranchName: hotfix}
                                  OutputArtifacts: [{Name: Src}]
                            - Name: Build
                              Actions:
                                - Name: Build
                                  ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1"}
                                  Configuration: {ProjectName: web}
                                  InputArtifacts: [{Name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        Map<String, Value> seen = new HashMap<>();
        for (Pipeline pipeline : document.pipelines()) {
            Value name = pipeline.name();
            if (!name.isPresent()) {
                continue;
            }
            Value first = seen.putIfAbsent(name.text(), name);
            if (first != null) {
                context.report(name.at(), "pipeline name " + name.quoted() + " is already used at line "
                        + first.at().line() + "; the second pipeline of that name fails to be created",
                        "give each pipeline a name of its own");
            }
        }
    }
}
