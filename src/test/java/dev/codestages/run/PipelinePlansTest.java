package dev.codestages.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineReaders;
import dev.codestages.pipeline.VariableReference;
import dev.codestages.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tests {@link PipelinePlans}: the runner's plan carries what the model read, and only that. */
class PipelinePlansTest {

    private static Pipeline read(String text) {
        return PipelineReaders.read(new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8)).rootMapping(),
                "template.yml").pipelines().get(0);
    }

    @Test
    void carriesNamespacesRegionsVariablesAndReferencesOfTheModel() {
        PipelinePlan plan = PipelinePlans.of(read("""
                name: shop
                roleArn: arn:aws:iam::111122223333:role/shop
                artifactStore: {type: S3, location: shop-artifacts}
                pipelineType: V2
                executionMode: QUEUED
                variables: [{name: Env, defaultValue: test}, {name: Tag}]
                stages:
                  - name: Source
                    actions:
                      - name: Checkout
                        actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                        configuration: {RepositoryName: shop, BranchName: main}
                        outputArtifacts: [{name: Src}]
                        namespace: SourceVariables
                  - name: Build
                    actions:
                      - name: Compile
                        actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                        configuration: {ProjectName: 'shop-#{variables.Env}-#{SourceVariables.CommitId}'}
                        inputArtifacts: [{name: Src}]
                        region: eu-west-1
                """));

        assertThat(plan.executionMode()).isEqualTo("QUEUED");
        assertThat(plan.variables()).containsEntry("Env", "test").containsEntry("Tag", "").hasSize(2);
        PipelinePlan.ActionPlan checkout = plan.stages().get(0).actions().get(0);
        PipelinePlan.ActionPlan compile = plan.stages().get(1).actions().get(0);
        assertThat(checkout.namespace()).isEqualTo("SourceVariables");
        assertThat(compile.region()).isEqualTo("eu-west-1");
        assertThat(compile.variableReferences()).extracting(VariableReference::namespace, VariableReference::variable)
                .containsExactly(tuple("variables", "Env"), tuple("SourceVariables", "CommitId"));
        assertThat(compile.deployTimeSettings()).isEmpty();
    }

    @Test
    void defaultsToSupersededAndNamesSettingsKnownOnlyAtDeployTime() {
        PipelinePlan plan = PipelinePlans.of(read("""
                Parameters:
                  Project: {Type: String, Default: shop}
                Resources:
                  Pipeline:
                    Type: AWS::CodePipeline::Pipeline
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      ArtifactStore: {Type: S3, Location: !Ref Bucket}
                      Stages:
                        - Name: Build
                          Actions:
                            - Name: Compile
                              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: 1}
                              Configuration: {ProjectName: !Ref Project, PrimarySource: !GetAtt Repo.Name}
                """));

        assertThat(plan.executionMode()).isEqualTo("SUPERSEDED");
        PipelinePlan.ActionPlan compile = plan.stages().get(0).actions().get(0);
        assertThat(compile.configuration()).containsEntry("ProjectName", "shop");
        assertThat(compile.deployTimeSettings()).containsExactly("PrimarySource");
    }
}
