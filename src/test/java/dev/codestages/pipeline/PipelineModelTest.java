package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests the model's derived views that the diagram and the runner read: run-order groups, artifact flows, the catalogue. */
class PipelineModelTest {

    private static final Pipeline FAN_OUT = Read.single("""
            name: p
            roleArn: arn:aws:iam::111122223333:role/p
            artifactStore: {type: S3, location: p-bucket}
            stages:
              - name: Source
                actions:
                  - name: Code
                    actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                    configuration: {RepositoryName: p, BranchName: main}
                    outputArtifacts: [{name: Code}]
              - name: Test
                actions:
                  - name: Report
                    actionTypeId: {category: Test, owner: AWS, provider: CodeBuild, version: "1"}
                    configuration: {ProjectName: report}
                    inputArtifacts: [{name: Built}]
                    runOrder: 3
                  - name: Build
                    actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                    configuration: {ProjectName: build}
                    inputArtifacts: [{name: Code}]
                    outputArtifacts: [{name: Built}]
                  - name: Lint
                    actionTypeId: {category: Test, owner: AWS, provider: CodeBuild, version: "1"}
                    configuration: {ProjectName: lint}
                    inputArtifacts: [{name: Code}]
                    runOrder: 1
            """);

    @Test
    void groupsActionsByRunOrderWithParallelActionsTogether() {
        List<List<Action>> groups = FAN_OUT.stages().get(1).runOrderGroups();

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).extracting(a -> a.name().text()).containsExactly("Build", "Lint");
        assertThat(groups.get(1)).extracting(a -> a.name().text()).containsExactly("Report");
    }

    @Test
    void listsEveryArtifactHandOverFromProducerToConsumer() {
        assertThat(FAN_OUT.artifactFlows()).containsExactly(
                new ArtifactFlow("Built", 1, 1, 1, 0),
                new ArtifactFlow("Code", 0, 0, 1, 1),
                new ArtifactFlow("Code", 0, 0, 1, 2));
    }

    @Test
    void leavesOutInputsNobodyMadeEarlier() {
        Pipeline pipeline = Read.single("""
                name: p
                roleArn: arn:aws:iam::111122223333:role/p
                artifactStore: {type: S3, location: p-bucket}
                stages:
                  - name: Build
                    actions:
                      - {name: A, actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"},
                         inputArtifacts: [{name: B}], outputArtifacts: [{name: A}]}
                      - {name: B, actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"},
                         inputArtifacts: [{name: A}], outputArtifacts: [{name: B}]}
                """);

        assertThat(pipeline.artifactFlows()).isEmpty();
    }

    @Test
    void runOrderIsOneWhenAbsentOrUnreadable() {
        Action lint = FAN_OUT.stages().get(1).actions().get(2);
        Action build = FAN_OUT.stages().get(1).actions().get(1);

        assertThat(build.runOrder().isPresent()).isFalse();
        assertThat(build.runOrderNumber()).isEqualTo(1);
        assertThat(lint.runOrderNumber()).isEqualTo(1);
        assertThat(Read.single("""
                {"name": "p", "roleArn": "arn:aws:iam::111122223333:role/p", "stages": [{"name": "S", "actions": [
                  {"name": "A", "runOrder": "soon", "actionTypeId": {}}]}], "artifactStore": {}}
                """).actions().get(0).runOrderNumber()).isEqualTo(1);
    }

    @Test
    void catalogueKnowsProvidersByCategoryAndOwner() {
        assertThat(ActionTypes.find(Category.BUILD, Owner.AWS, "CodeBuild")).map(t -> t.inputs().describe())
                .contains("1 to 5");
        assertThat(ActionTypes.find(Category.DEPLOY, Owner.AWS, "CodeBuild")).isEmpty();
        assertThat(ActionTypes.withProvider("S3")).extracting(ActionType::category)
                .containsExactly(Category.SOURCE, Category.DEPLOY);
        assertThat(ActionTypes.find(Category.APPROVAL, Owner.AWS, "Manual")).map(t -> t.outputs().describe())
                .contains("none");
        assertThat(ActionTypes.all()).allSatisfy(t -> assertThat(t.doc()).startsWith("https://docs.aws.amazon.com/"));
        assertThat(Category.of("build")).isEmpty();
        assertThat(Owner.of("ThirdParty")).contains(Owner.THIRD_PARTY);
    }

    @Test
    void valuesSayWhetherTheyCanBeChecked() {
        Value literal = Value.literal("Build", dev.codestages.yaml.Position.START);
        Value reference = Value.reference("!Ref Name", dev.codestages.yaml.Position.START);

        assertThat(literal.is("Build")).isTrue();
        assertThat(reference.is("!Ref Name")).isFalse();
        assertThat(reference.isPresent()).isTrue();
        assertThat(Value.absent(dev.codestages.yaml.Position.START).quoted()).isEqualTo("(none)");
    }
}
