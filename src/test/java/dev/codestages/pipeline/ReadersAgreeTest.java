package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that every reader makes the same {@link Pipeline} of the same pipeline: the CodePipeline API
 * structure in JSON and in YAML, the {@code AWS::CodePipeline::Pipeline} resource of a CloudFormation
 * template in YAML and in JSON, and the implicit pipeline of a project folder. Only positions and the
 * origin may differ.
 */
class ReadersAgreeTest {

    private static final String API_JSON = """
            {
              "pipeline": {
                "name": "shop",
                "roleArn": "arn:aws:iam::111122223333:role/shop",
                "artifactStore": {"type": "S3", "location": "shop-artifacts"},
                "pipelineType": "V2",
                "executionMode": "QUEUED",
                "variables": [{"name": "Env", "defaultValue": "test", "description": "where to deploy"}],
                "stages": [
                  {"name": "Source", "actions": [{
                    "name": "Checkout",
                    "actionTypeId": {"category": "Source", "owner": "AWS", "provider": "CodeCommit", "version": "1"},
                    "configuration": {"RepositoryName": "shop", "BranchName": "main", "PollForSourceChanges": "false"},
                    "outputArtifacts": [{"name": "Src"}],
                    "namespace": "SourceVariables",
                    "runOrder": 1}]},
                  {"name": "Build", "actions": [{
                    "name": "Compile",
                    "actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1"},
                    "configuration": {"ProjectName": "shop-#{variables.Env}",
                      "EnvironmentVariables": "[{\\"name\\":\\"COMMIT\\",\\"value\\":\\"#{SourceVariables.CommitId}\\"}]"},
                    "inputArtifacts": [{"name": "Src"}],
                    "outputArtifacts": [{"name": "App"}],
                    "region": "eu-west-1",
                    "runOrder": 2}]}
                ]
              }
            }
            """;

    private static final String API_YAML = """
            name: shop
            roleArn: arn:aws:iam::111122223333:role/shop
            artifactStore: {type: S3, location: shop-artifacts}
            pipelineType: V2
            executionMode: QUEUED
            variables:
              - {name: Env, defaultValue: test, description: where to deploy}
            stages:
              - name: Source
                actions:
                  - name: Checkout
                    actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                    configuration: {RepositoryName: shop, BranchName: main, PollForSourceChanges: "false"}
                    outputArtifacts: [{name: Src}]
                    namespace: SourceVariables
                    runOrder: 1
              - name: Build
                actions:
                  - name: Compile
                    actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                    configuration:
                      ProjectName: 'shop-#{variables.Env}'
                      EnvironmentVariables: '[{"name":"COMMIT","value":"#{SourceVariables.CommitId}"}]'
                    inputArtifacts: [{name: Src}]
                    outputArtifacts: [{name: App}]
                    region: eu-west-1
                    runOrder: 2
            """;

    private static final String CLOUDFORMATION_YAML = """
            Parameters:
              Project: {Type: String, Default: shop}
            Resources:
              Pipeline:
                Type: AWS::CodePipeline::Pipeline
                Properties:
                  Name: !Ref Project
                  RoleArn: arn:aws:iam::111122223333:role/shop
                  ArtifactStore: {Type: S3, Location: !Sub '${Project}-artifacts'}
                  PipelineType: V2
                  ExecutionMode: QUEUED
                  Variables:
                    - {Name: Env, DefaultValue: test, Description: where to deploy}
                  Stages:
                    - Name: Source
                      Actions:
                        - Name: Checkout
                          ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: 1}
                          Configuration: {RepositoryName: !Ref Project, BranchName: main, PollForSourceChanges: false}
                          OutputArtifacts: [{Name: Src}]
                          Namespace: SourceVariables
                          RunOrder: 1
                    - Name: Build
                      Actions:
                        - Name: Compile
                          ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: 1}
                          Configuration:
                            ProjectName: !Join ['-', [!Ref Project, '#{variables.Env}']]
                            EnvironmentVariables: '[{"name":"COMMIT","value":"#{SourceVariables.CommitId}"}]'
                          InputArtifacts: [{Name: Src}]
                          OutputArtifacts: [{Name: App}]
                          Region: eu-west-1
                          RunOrder: 2
            """;

    private static final String CLOUDFORMATION_JSON = """
            {
              "AWSTemplateFormatVersion": "2010-09-09",
              "Parameters": {"Project": {"Type": "String", "Default": "shop"}},
              "Resources": {
                "Pipeline": {
                  "Type": "AWS::CodePipeline::Pipeline",
                  "Properties": {
                    "Name": {"Ref": "Project"},
                    "RoleArn": "arn:aws:iam::111122223333:role/shop",
                    "ArtifactStore": {"Type": "S3", "Location": {"Fn::Sub": "${Project}-artifacts"}},
                    "PipelineType": "V2",
                    "ExecutionMode": "QUEUED",
                    "Variables": [{"Name": "Env", "DefaultValue": "test", "Description": "where to deploy"}],
                    "Stages": [
                      {"Name": "Source", "Actions": [{
                        "Name": "Checkout",
                        "ActionTypeId": {"Category": "Source", "Owner": "AWS", "Provider": "CodeCommit", "Version": "1"},
                        "Configuration": {"RepositoryName": {"Ref": "Project"}, "BranchName": "main", "PollForSourceChanges": false},
                        "OutputArtifacts": [{"Name": "Src"}],
                        "Namespace": "SourceVariables",
                        "RunOrder": 1}]},
                      {"Name": "Build", "Actions": [{
                        "Name": "Compile",
                        "ActionTypeId": {"Category": "Build", "Owner": "AWS", "Provider": "CodeBuild", "Version": "1"},
                        "Configuration": {"ProjectName": {"Fn::Join": ["-", [{"Ref": "Project"}, "#{variables.Env}"]]},
                          "EnvironmentVariables": "[{\\"name\\":\\"COMMIT\\",\\"value\\":\\"#{SourceVariables.CommitId}\\"}]"},
                        "InputArtifacts": [{"Name": "Src"}],
                        "OutputArtifacts": [{"Name": "App"}],
                        "Region": "eu-west-1",
                        "RunOrder": 2}]}
                    ]
                  }
                }
              }
            }
            """;

    /** The model without positions and origin: what must be equal whatever the format. */
    private static String model(Pipeline pipeline) {
        return List.of(pipeline.name(), pipeline.roleArn(), pipeline.artifactStores(), pipeline.pipelineType(),
                pipeline.executionMode(), pipeline.variables(), pipeline.stages(), pipeline.complete()).toString()
                .replaceAll("\\d+:\\d+", "@");
    }

    @Test
    void everyDeclarationFormatMakesTheSameModel() {
        Pipeline apiJson = Read.single(API_JSON);
        Pipeline apiYaml = Read.single(API_YAML);
        Pipeline templateYaml = Read.single(CLOUDFORMATION_YAML);
        Pipeline templateJson = Read.single(CLOUDFORMATION_JSON);

        assertThat(Read.text(API_JSON).problems()).isEmpty();
        assertThat(Read.text(API_YAML).problems()).isEmpty();
        assertThat(Read.text(CLOUDFORMATION_YAML).problems()).isEmpty();
        assertThat(Read.text(CLOUDFORMATION_JSON).problems()).isEmpty();
        assertThat(model(apiYaml)).isEqualTo(model(apiJson));
        assertThat(model(templateYaml)).isEqualTo(model(apiJson));
        assertThat(model(templateJson)).isEqualTo(model(apiJson));
        assertThat(List.of(apiJson, apiYaml, templateYaml, templateJson)).extracting(p -> p.origin().format())
                .containsExactly(Origin.Format.STRUCTURE, Origin.Format.STRUCTURE, Origin.Format.CLOUDFORMATION,
                        Origin.Format.CLOUDFORMATION);
    }

    @Test
    void theModelHoldsVariablesExecutionModeTypeAndTypedVariableReferences() {
        Pipeline pipeline = Read.single(API_YAML);

        assertThat(pipeline.pipelineType().text()).isEqualTo("V2");
        assertThat(pipeline.executionMode().text()).isEqualTo("QUEUED");
        assertThat(pipeline.variables()).extracting(v -> v.name().text(), v -> v.defaultValue().text(),
                v -> v.description().text()).containsExactly(org.assertj.core.groups.Tuple.tuple("Env", "test",
                "where to deploy"));
        Action build = pipeline.stages().get(1).actions().get(0);
        assertThat(build.variableReferences()).extracting(VariableReference::namespace, VariableReference::variable,
                VariableReference::isPipelineVariable, VariableReference::isActionVariable, r -> r.at().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("variables", "Env", true, false, 22),
                        org.assertj.core.groups.Tuple.tuple("SourceVariables", "CommitId", false, true, 23));
        assertThat(build.variableReferences().get(1).offset())
                .isEqualTo(build.configuration().get("EnvironmentVariables").orElseThrow().text()
                        .indexOf("#{SourceVariables.CommitId}"));
    }

    @Test
    void theImplicitPipelineOfAFolderIsTheModelItsDeclarationWouldMake(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("buildspec.yml"), "version: 0.2\n");
        Files.writeString(folder.resolve("appspec.yml"), "version: 0.0\nos: linux\n");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        String declaration = """
                name: %1$s
                roleArn: arn:aws:iam::111122223333:role/local
                artifactStore: {type: S3, location: codestages-local-artifacts}
                stages:
                  - name: Source
                    actions:
                      - name: Source
                        actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                        configuration: {RepositoryName: %1$s, BranchName: main}
                        outputArtifacts: [{name: SourceOutput}]
                  - name: Build
                    actions:
                      - name: Build
                        actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                        configuration: {ProjectName: %1$s}
                        inputArtifacts: [{name: SourceOutput}]
                        outputArtifacts: [{name: BuildOutput}]
                  - name: Approval
                    actions:
                      - name: Approve
                        actionTypeId: {category: Approval, owner: AWS, provider: Manual, version: "1"}
                  - name: Deploy
                    actions:
                      - name: Deploy
                        actionTypeId: {category: Deploy, owner: AWS, provider: CodeDeploy, version: "1"}
                        configuration: {ApplicationName: %1$s, DeploymentGroupName: local}
                        inputArtifacts: [{name: BuildOutput}]
                """.formatted(name);

        Pipeline implicit = ImplicitPipelineReader.read(folder, "project").pipelines().get(0);
        Pipeline declared = Read.single(declaration);

        assertThat(implicit.stages().toString().replaceAll("\\d+:\\d+", "@"))
                .isEqualTo(declared.stages().toString().replaceAll("\\d+:\\d+", "@"));
        assertThat(implicit.name().text()).isEqualTo(declared.name().text());
        assertThat(implicit.artifactFlows()).isEqualTo(declared.artifactFlows());
    }
}
