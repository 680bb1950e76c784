package dev.codestages.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.codedeploy.lambda.LambdaStore;
import dev.codestages.pipeline.PipelineFiles;
import dev.codestages.pipeline.Status;
import dev.codestages.run.GitRepos;
import dev.codestages.run.RecordingListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that a played build finds {@code codestages} on its PATH and that its commands act on the execution's
 * store: a buildspec publishes a Lambda version into the store a later deployment reads, as a CodeBuild project
 * calls {@code aws lambda publish-version}.
 */
class BuildToolFolderTest {

    private static final String PIPELINE = """
            Resources:
              Pipeline:
                Type: AWS::CodePipeline::Pipeline
                Properties:
                  Name: publisher
                  RoleArn: arn:aws:iam::111122223333:role/codepipeline-service
                  ArtifactStore: {Type: S3, Location: publisher-artifacts}
                  Stages:
                    - Name: Source
                      Actions:
                        - Name: Source
                          ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: "1"}
                          Configuration: {RepositoryName: publisher, BranchName: main}
                          OutputArtifacts: [{Name: Src}]
                    - Name: Build
                      Actions:
                        - Name: Publish
                          ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1"}
                          Configuration: {ProjectName: publisher}
                          InputArtifacts: [{Name: Src}]
            """;

    private static final String BUILDSPEC = """
            version: 0.2
            phases:
              build:
                commands:
                  - VERSION=$(codestages lambda publish greeter --command 'echo hello') && echo "published $VERSION"
                  - codestages lambda alias greeter live --version "$VERSION"
            """;

    @TempDir
    Path temp;

    @Test
    void aBuildspecPublishesALambdaVersionIntoTheExecutionsStoreWithCodestagesOnItsPath() throws Exception {
        Path repo = temp.resolve("publisher");
        GitRepos.init(repo);
        Files.writeString(repo.resolve("pipeline.yml"), PIPELINE);
        Files.writeString(repo.resolve("buildspec.yml"), BUILDSPEC);
        GitRepos.commitAll(repo, "a build that publishes");
        Path store = temp.resolve("store");
        RecordingListener listener = new RecordingListener();

        ExecutionState execution = new ExecutionEngine(store, EngineClock.manual(Instant.parse("2026-01-01T00:00:00Z")),
                listener, Map.of(), ApprovalDecider.PENDING).start(PipelineFiles.read(repo.resolve("pipeline.yml"),
                "pipeline.yml"), new ExecutionSetup(repo, null, repo.resolve("pipeline.yml"), temp.resolve("target"),
                Map.of(), Map.of(), ActionOptions.NONE), Map.of());

        assertThat(execution.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(listener.outputOf("Build/Publish/build")).contains("published 1");
        LambdaStore functions = LambdaStore.in(store);
        assertThat(functions.alias("greeter", "live").describe()).isEqualTo("live: 1");
        assertThat(repo.resolve(".codestages")).doesNotExist();
    }
}
