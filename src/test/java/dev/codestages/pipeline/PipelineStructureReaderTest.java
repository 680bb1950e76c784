package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.codestages.yaml.Position;
import org.junit.jupiter.api.Test;

/** Tests {@link PipelineStructureReader} on the shapes the AWS CLI prints and takes. */
class PipelineStructureReaderTest {

    /** What CLI v1 get-pipeline prints: 4-space indent, ", " line ends, empty lists, region, metadata. */
    private static final String GET_PIPELINE = """
            {
                "pipeline": {
                    "roleArn": "arn:aws:iam::111122223333:role/service-role/AWSCodePipelineServiceRole-demo",\s
                    "stages": [
                        {
                            "name": "Source",\s
                            "actions": [
                                {
                                    "inputArtifacts": [],\s
                                    "name": "Source",\s
                                    "region": "eu-west-1",\s
                                    "actionTypeId": {
                                        "category": "Source",\s
                                        "owner": "AWS",\s
                                        "version": "1",\s
                                        "provider": "CodeCommit"
                                    },\s
                                    "outputArtifacts": [
                                        {
                                            "name": "SourceArtifact"
                                        }
                                    ],\s
                                    "configuration": {
                                        "PollForSourceChanges": "false",\s
                                        "BranchName": "main",\s
                                        "RepositoryName": "demo"
                                    },\s
                                    "runOrder": 1
                                }
                            ]
                        },\s
                        {
                            "name": "Build",\s
                            "actions": [
                                {
                                    "inputArtifacts": [
                                        {
                                            "name": "SourceArtifact"
                                        }
                                    ],\s
                                    "name": "Build",\s
                                    "actionTypeId": {
                                        "category": "Build",\s
                                        "owner": "AWS",\s
                                        "version": "1",\s
                                        "provider": "CodeBuild"
                                    },\s
                                    "outputArtifacts": [],\s
                                    "configuration": {
                                        "ProjectName": "demo"
                                    },\s
                                    "runOrder": 1
                                }
                            ]
                        }
                    ],\s
                    "artifactStore": {
                        "type": "S3",\s
                        "location": "codepipeline-eu-west-1-123456789012"
                    },\s
                    "name": "demo",\s
                    "version": 3
                },\s
                "metadata": {
                    "pipelineArn": "arn:aws:codepipeline:eu-west-1:111122223333:demo",\s
                    "updated": 1559512230.56,\s
                    "created": 1559407567.935
                }
            }
            """;

    @Test
    void readsGetPipelineOutputWithItsWrapperAndMetadata() {
        PipelineDocument document = Read.text(GET_PIPELINE);

        assertThat(document.problems()).extracting(ReadProblem::kind).containsExactly(ReadProblem.Kind.METADATA);
        Pipeline pipeline = document.pipelines().get(0);
        assertThat(pipeline.origin()).isEqualTo(new Origin(Origin.Format.STRUCTURE, "pipeline.json", ""));
        assertThat(pipeline.name().text()).isEqualTo("demo");
        assertThat(pipeline.roleArn().text()).endsWith("role/service-role/AWSCodePipelineServiceRole-demo");
        assertThat(pipeline.artifactStore().orElseThrow().location().text())
                .isEqualTo("codepipeline-eu-west-1-123456789012");
        assertThat(pipeline.stages()).extracting(s -> s.name().text()).containsExactly("Source", "Build");

        Action source = pipeline.stages().get(0).actions().get(0);
        assertThat(source.provider()).isEqualTo(Value.literal("CodeCommit", new Position(16, 41)));
        assertThat(source.knownCategory()).contains(Category.SOURCE);
        assertThat(source.knownOwner()).contains(Owner.AWS);
        assertThat(source.version().text()).isEqualTo("1");
        assertThat(source.region().text()).isEqualTo("eu-west-1");
        assertThat(source.runOrderNumber()).isEqualTo(1);
        assertThat(source.inputArtifacts()).isEmpty();
        assertThat(source.outputArtifacts()).extracting(a -> a.name().text()).containsExactly("SourceArtifact");
        assertThat(source.configuration().asMap()).containsExactly(
                org.assertj.core.api.Assertions.entry("PollForSourceChanges", "false"),
                org.assertj.core.api.Assertions.entry("BranchName", "main"),
                org.assertj.core.api.Assertions.entry("RepositoryName", "demo"));
        assertThat(source.type()).map(ActionType::provider).contains("CodeCommit");
        assertThat(source.namespace().isPresent()).isFalse();
    }

    @Test
    void readsABareDeclarationInYaml() {
        Pipeline pipeline = Read.single("""
                name: demo
                roleArn: arn:aws:iam::111122223333:role/demo
                artifactStore: {type: S3, location: demo-artifacts}
                stages:
                  - name: Source
                    actions:
                      - name: Checkout
                        actionTypeId: {category: Source, owner: AWS, provider: S3, version: "1"}
                        configuration: {S3Bucket: demo-src, S3ObjectKey: src.zip}
                        outputArtifacts: [{name: Src}]
                  - name: Build
                    actions:
                      - name: Build
                        actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                        configuration: {ProjectName: demo}
                        inputArtifacts: [{name: Src}]
                        runOrder: 2
                """);

        assertThat(pipeline.stages().get(1).actions().get(0).runOrder()).isEqualTo(Value.literal("2", new Position(17, 19)));
        assertThat(pipeline.stages().get(1).actions().get(0).runOrderNumber()).isEqualTo(2);
    }

    @Test
    void readsCreatePipelineInputWithTagsWithoutProblems() {
        PipelineDocument document = Read.text("""
                {"pipeline": {"name": "p", "roleArn": "arn:aws:iam::111122223333:role/p",
                  "artifactStore": {"type": "S3", "location": "bucket-p",
                                    "encryptionKey": {"id": "alias/p", "type": "KMS"}},
                  "stages": []},
                 "tags": [{"key": "team", "value": "web"}]}
                """);

        assertThat(document.problems()).isEmpty();
        assertThat(document.pipelines().get(0).artifactStore().orElseThrow().encryptionKey().text()).isEqualTo("alias/p");
    }

    @Test
    void readsPerRegionArtifactStores() {
        Pipeline pipeline = Read.single("""
                {"name": "p", "roleArn": "arn:aws:iam::111122223333:role/p", "stages": [],
                 "artifactStores": {"us-east-1": {"type": "S3", "location": "a-us"},
                                    "eu-west-1": {"type": "S3", "location": "a-eu"}}}
                """);

        assertThat(pipeline.artifactStores()).extracting(s -> s.region().text(), s -> s.location().text())
                .containsExactly(tuple("us-east-1", "a-us"), tuple("eu-west-1", "a-eu"));
    }

    @Test
    void reportsCloudFormationSpellingWithTheApiSpelling() {
        PipelineDocument document = Read.text("""
                {"pipeline": {"Name": "p", "roleArn": "arn:aws:iam::111122223333:role/p",
                  "artifactStore": {"type": "S3", "location": "bucket-p"}, "stages": []}}
                """);

        assertThat(document.problems()).extracting(ReadProblem::kind, ReadProblem::at, ReadProblem::hint).containsExactly(
                tuple(ReadProblem.Kind.UNKNOWN_KEY, new Position(1, 15), "the CodePipeline API spells it 'name' (camelCase)"),
                tuple(ReadProblem.Kind.MISSING_KEY, new Position(1, 14), null));
    }

    @Test
    void reportsNumbersAndBooleansWhereTheApiWantsStrings() {
        PipelineDocument document = Read.text("""
                {"name": "p", "roleArn": "arn:aws:iam::111122223333:role/p",
                 "artifactStore": {"type": "S3", "location": "bucket-p"},
                 "stages": [{"name": "S", "actions": [{"name": "A", "runOrder": "1",
                   "actionTypeId": {"category": "Source", "owner": "AWS", "provider": "S3", "version": 1},
                   "configuration": {"PollForSourceChanges": false}}]}]}
                """);

        assertThat(document.problems()).extracting(ReadProblem::kind, p -> p.at().line(), ReadProblem::message)
                .containsExactly(
                        tuple(ReadProblem.Kind.WRONG_TYPE, 4, "'version' of 'actionTypeId' of action 'A' is an integer;"
                                + " the CodePipeline API expects a string here"),
                        tuple(ReadProblem.Kind.WRONG_TYPE, 3, "'runOrder' of action 'A' is a string ('1'); a whole number"
                                + " is expected"),
                        tuple(ReadProblem.Kind.WRONG_TYPE, 5, "configuration value 'PollForSourceChanges' of action 'A' is"
                                + " a boolean; every configuration value must be a string"));
        Action action = document.pipelines().get(0).stages().get(0).actions().get(0);
        assertThat(action.version().text()).isEqualTo("1");
        assertThat(action.configuration().get("PollForSourceChanges")).map(Value::text).contains("false");
    }

    @Test
    void keepsWhatItCanReadAfterAProblem() {
        PipelineDocument document = Read.text("""
                name: p
                roleArn: arn:aws:iam::111122223333:role/p
                artifactStore: {type: S3, location: bucket-p}
                stages:
                  - name: Source
                    actions: {name: oops}
                  - just a string
                  - name: Build
                    actions:
                      - name: Build
                """);

        assertThat(document.problems()).extracting(ReadProblem::kind).containsExactly(ReadProblem.Kind.WRONG_TYPE,
                ReadProblem.Kind.WRONG_TYPE, ReadProblem.Kind.MISSING_KEY);
        Pipeline pipeline = document.pipelines().get(0);
        assertThat(pipeline.stages()).extracting(s -> s.name().text()).containsExactly("Source", "Build");
        Action build = pipeline.stages().get(1).actions().get(0);
        assertThat(build.category().isPresent()).isFalse();
        assertThat(build.category().at()).isEqualTo(new Position(10, 9));
    }

    @Test
    void aMissingOrUnreadableListLeavesTheCountUnknown() {
        Pipeline noStages = Read.single("name: p\nroleArn: arn:aws:iam::111122223333:role/p\n");
        Pipeline stagesAsText = Read.single("name: p\nstages: none\n");
        Pipeline noActions = Read.single("name: p\nstages:\n  - name: S\n");

        assertThat(noStages.isFullyKnown()).isFalse();
        assertThat(stagesAsText.isFullyKnown()).isFalse();
        assertThat(noActions.stages().get(0).complete()).isFalse();
    }

    @Test
    void saysWhenTheFileHoldsNoPipeline() {
        PipelineDocument document = Read.text("version: 0.2\nphases: {}\n");

        assertThat(document.pipelines()).isEmpty();
        assertThat(document.problems()).extracting(ReadProblem::kind, ReadProblem::at)
                .containsExactly(tuple(ReadProblem.Kind.NO_PIPELINE, new Position(1, 1)));
    }
}
