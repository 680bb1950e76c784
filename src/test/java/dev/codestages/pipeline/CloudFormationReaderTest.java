package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.codestages.yaml.Position;
import org.junit.jupiter.api.Test;

/** Tests {@link CloudFormationReader} on templates shaped like real ones, in YAML and in JSON. */
class CloudFormationReaderTest {

    @Test
    void readsShortTagsAsDeployTimeValues() {
        PipelineDocument document = Read.text("""
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  ArtifactBucket:
                    Type: AWS::S3::Bucket
                  AppPipeline:
                    Type: "AWS::CodePipeline::Pipeline"
                    Properties:
                      Name: !Sub "${AWS::StackName}-pipeline"
                      RoleArn: !GetAtt [PipelineRole, Arn]
                      ArtifactStore: {Type: S3, Location: !Ref ArtifactBucket}
                      RestartExecutionOnUpdate: true
                      Stages:
                        - Name: Source
                          Actions:
                            - Name: !Ref RepoName
                              ActionTypeId: {Category: Source, Owner: ThirdParty, Version: 1, Provider: GitHub}
                              Configuration:
                                Owner: !Ref GitHubOwner
                                Repo: !Ref RepoName
                                Branch: main
                                OAuthToken: "{{resolve:secretsmanager:github:SecretString:token}}"
                                PollForSourceChanges: false
                              OutputArtifacts:
                                - Name: !Sub "${RepoName}-source"
                        - Name: Build
                          Actions:
                            - Name: Build
                              ActionTypeId: {Category: Build, Owner: AWS, Version: '1', Provider: CodeBuild}
                              Configuration: {ProjectName: !Ref BuildProject}
                              InputArtifacts: [{Name: !Sub "${RepoName}-source"}]
                              RunOrder: 2
                """);

        assertThat(document.problems()).isEmpty();
        Pipeline pipeline = document.pipelines().get(0);
        assertThat(pipeline.origin()).isEqualTo(new Origin(Origin.Format.CLOUDFORMATION, "pipeline.json", "AppPipeline"));
        assertThat(pipeline.name()).isEqualTo(Value.reference("!Sub ${AWS::StackName}-pipeline", new Position(8, 13)));
        assertThat(pipeline.roleArn().text()).isEqualTo("!GetAtt PipelineRole.Arn");
        assertThat(pipeline.artifactStore().orElseThrow().location().text()).isEqualTo("!Ref ArtifactBucket");
        Action source = pipeline.stages().get(0).actions().get(0);
        assertThat(source.name().kind()).isEqualTo(Value.Kind.REFERENCE);
        assertThat(source.version().text()).isEqualTo("1");
        assertThat(source.configuration().settings()).extracting(s -> s.key().text(), s -> s.value().kind())
                .containsExactly(tuple("Owner", Value.Kind.REFERENCE), tuple("Repo", Value.Kind.REFERENCE),
                        tuple("Branch", Value.Kind.LITERAL), tuple("OAuthToken", Value.Kind.REFERENCE),
                        tuple("PollForSourceChanges", Value.Kind.LITERAL));
        assertThat(source.configuration().get("PollForSourceChanges")).map(Value::text).contains("false");
        Action build = pipeline.stages().get(1).actions().get(0);
        assertThat(build.runOrderNumber()).isEqualTo(2);
        assertThat(pipeline.artifactFlows()).containsExactly(
                new ArtifactFlow("!Sub ${RepoName}-source", 0, 0, 1, 0));
    }

    @Test
    void readsJsonTemplatesWithFnIntrinsics() {
        Pipeline pipeline = Read.single("""
                {
                  "Resources": {
                    "Pipeline": {
                      "Type": "AWS::CodePipeline::Pipeline",
                      "Properties": {
                        "RoleArn": {"Fn::GetAtt": ["PipelineRole", "Arn"]},
                        "ArtifactStore": {"Type": "S3", "Location": {"Ref": "ArtifactBucket"}},
                        "Stages": [
                          {"Name": "Source", "Actions": [{"Name": "Checkout",
                            "ActionTypeId": {"Category": "Source", "Owner": "AWS", "Provider": "CodeCommit", "Version": "1"},
                            "Configuration": {"RepositoryName": {"Fn::ImportValue": "repo-name"}, "BranchName": "main"},
                            "OutputArtifacts": [{"Name": "Src"}]}]},
                          {"Name": "Deploy", "Actions": [{"Name": "Stack",
                            "ActionTypeId": {"Category": "Deploy", "Owner": "AWS", "Provider": "CloudFormation", "Version": "1"},
                            "Configuration": {"ActionMode": "CREATE_UPDATE", "StackName": {"Fn::Join": ["-", ["app", {"Ref": "Env"}]]},
                              "TemplatePath": "Src::template.yml", "RoleArn": {"Fn::GetAtt": ["CfnRole", "Arn"]}},
                            "InputArtifacts": [{"Name": "Src"}]}]}
                        ]
                      }
                    }
                  }
                }
                """);

        assertThat(pipeline.roleArn()).isEqualTo(Value.reference("!GetAtt PipelineRole.Arn", new Position(6, 20)));
        Configuration stack = pipeline.stages().get(1).actions().get(0).configuration();
        assertThat(stack.get("StackName")).map(Value::text).contains("!Join [-, [app, !Ref Env]]");
        assertThat(stack.get("RepositoryName")).isEmpty();
        assertThat(pipeline.stages().get(0).actions().get(0).configuration().get("RepositoryName"))
                .map(Value::text).contains("!ImportValue repo-name");
    }

    @Test
    void readsEveryPipelineOfATemplate() {
        PipelineDocument document = Read.text("""
                Resources:
                  First:
                    Type: AWS::CodePipeline::Pipeline
                    Properties: {RoleArn: !Ref Role, ArtifactStore: {Type: S3, Location: a-bucket}, Stages: []}
                  Hook:
                    Type: AWS::CodePipeline::Webhook
                    Properties: {TargetPipeline: !Ref First}
                  Second:
                    Type: AWS::CodePipeline::Pipeline
                    Properties: {RoleArn: !Ref Role, ArtifactStore: {Type: S3, Location: b-bucket}, Stages: []}
                """);

        assertThat(document.pipelines()).extracting(p -> p.origin().resource()).containsExactly("First", "Second");
    }

    @Test
    void marksStagesAndActionsBehindConditionsAsIncomplete() {
        Pipeline pipeline = Read.single("""
                Resources:
                  Pipeline:
                    Type: AWS::CodePipeline::Pipeline
                    Properties:
                      RoleArn: !Ref Role
                      ArtifactStore: {Type: S3, Location: a-bucket}
                      Stages:
                        - Name: Source
                          Actions:
                            - Name: Checkout
                              ActionTypeId: {Category: Source, Owner: AWS, Provider: S3, Version: 1}
                              Configuration: !If [UseKey, {S3Bucket: a, S3ObjectKey: k}, {S3Bucket: a, S3ObjectKey: j}]
                              OutputArtifacts: [{Name: Src}]
                            - !If [WithAssets, {Name: Assets}, !Ref "AWS::NoValue"]
                        - Fn::If: [WithTests, {Name: Test, Actions: []}, {Ref: "AWS::NoValue"}]
                """);

        assertThat(pipeline.complete()).isFalse();
        assertThat(pipeline.stages()).hasSize(1);
        assertThat(pipeline.isFullyKnown()).isFalse();
        Stage source = pipeline.stages().get(0);
        assertThat(source.complete()).isFalse();
        assertThat(source.actions()).hasSize(1);
        assertThat(source.actions().get(0).configuration().complete()).isFalse();
    }

    @Test
    void readsArtifactStoresAsAListOfRegions() {
        Pipeline pipeline = Read.single("""
                Resources:
                  Pipeline:
                    Type: AWS::CodePipeline::Pipeline
                    Properties:
                      RoleArn: !Ref Role
                      ArtifactStores:
                        - Region: us-east-1
                          ArtifactStore: {Type: S3, Location: a-us}
                        - Region: !Ref SecondRegion
                          ArtifactStore: {Type: S3, Location: !Ref SecondBucket}
                      Stages: []
                """);

        assertThat(pipeline.artifactStores()).extracting(s -> s.region().text(), s -> s.location().text())
                .containsExactly(tuple("us-east-1", "a-us"), tuple("!Ref SecondRegion", "!Ref SecondBucket"));
    }

    @Test
    void reportsAPipelineResourceWithoutPropertiesAndATemplateWithoutPipeline() {
        assertThat(Read.text("Resources:\n  P:\n    Type: AWS::CodePipeline::Pipeline\n").problems())
                .extracting(ReadProblem::kind, ReadProblem::at)
                .containsExactly(tuple(ReadProblem.Kind.MISSING_KEY, new Position(2, 3)));
        assertThat(Read.text("AWSTemplateFormatVersion: '2010-09-09'\nResources: {B: {Type: AWS::S3::Bucket}}\n")
                .problems()).extracting(ReadProblem::kind).containsExactly(ReadProblem.Kind.NO_PIPELINE);
    }

    @Test
    void checksKeysInPascalCase() {
        PipelineDocument document = Read.text("""
                Resources:
                  Pipeline:
                    Type: AWS::CodePipeline::Pipeline
                    Properties:
                      roleArn: !Ref Role
                      ArtifactStore: {Type: S3, Location: a-bucket}
                      Stages: []
                """);

        assertThat(document.problems()).extracting(ReadProblem::kind, ReadProblem::hint).containsExactly(
                tuple(ReadProblem.Kind.UNKNOWN_KEY, "CloudFormation spells it 'RoleArn' (PascalCase)"),
                tuple(ReadProblem.Kind.MISSING_KEY, null));
    }
}
