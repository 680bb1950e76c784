package dev.codestages.pipeline.rules;

/**
 * The template the CodeDeploy rules' examples share: a pipeline that lints clean, to which each example
 * adds its deployment group and configuration resources.
 */
final class CodeDeployExamples {

    static final String GUIDE = "https://docs.aws.amazon.com/codedeploy/latest/userguide/";

    static final String PIPELINE = """
            Resources:
              Pipeline:
                Type: AWS::CodePipeline::Pipeline
                Properties:
                  RoleArn: arn:aws:iam::210987654321:role/demo
                  ArtifactStore: {Type: S3, Location: demo-artifacts}
                  Stages:
                    - Name: Source
                      Actions:
                        - Name: Checkout
                          ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: "1"}
                          Configuration: {RepositoryName: web, BranchName: main}
                          OutputArtifacts: [{Name: Src}]
                    - Name: Deploy
                      Actions:
                        - Name: Deploy
                          ActionTypeId: {Category: Deploy, Owner: AWS, Provider: CodeDeploy, Version: "1"}
                          Configuration: {ApplicationName: web, DeploymentGroupName: web-fleet}
                          InputArtifacts: [{Name: Src}]
            """;

    private CodeDeployExamples() {
    }

    /** The pipeline with a deployment group 'web-fleet' that has {@code properties} besides its required ones. */
    static String withGroup(String properties) {
        return PIPELINE + """
                  Group:
                    Type: AWS::CodeDeploy::DeploymentGroup
                    Properties:
                      ApplicationName: web
                      DeploymentGroupName: web-fleet
                      ServiceRoleArn: arn:aws:iam::210987654321:role/codedeploy
                """ + properties;
    }
}
