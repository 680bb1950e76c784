package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests that {@link SpecFinder} finds pipeline definitions by content, and only those. */
class SpecFinderPipelineTest {

    private static final String TEMPLATE = """
            Resources:
              Pipeline:
                Type: AWS::CodePipeline::Pipeline
                Properties: {RoleArn: !Ref Role, Stages: []}
            """;

    @TempDir
    Path folder;

    private void write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void findsPipelinesByContentAndSkipsEverythingElse() throws IOException {
        write("buildspec.yml", "version: 0.2\nphases: {}\n");
        write("infra/pipeline.yml", TEMPLATE);
        write("infra/bucket.yml", "Resources:\n  Bucket: {Type: AWS::S3::Bucket}\n");
        write("ci/codepipeline.json", "{\"pipeline\": {\"name\": \"p\", \"stages\": [{\"actions\": [{\"actionTypeId\": {}}]}]}}");
        write("package.json", "{\"name\": \"app\", \"scripts\": {\"stages\": \"x\"}}");
        write("docs/notes.yaml", "text: mentions actionTypeId but is no pipeline\n");
        write("node_modules/lib/pipeline.yml", TEMPLATE);
        write("cdk.out/Stack.template.json", TEMPLATE);

        assertThat(SpecFinder.find(folder)).extracting(f -> folder.relativize(f.path()).toString(), SpecFile::forcedKind)
                .containsExactly(
                        tuple("buildspec.yml", null),
                        tuple("ci/codepipeline.json", FileKind.PIPELINE),
                        tuple("infra/pipeline.yml", FileKind.PIPELINE));
    }

    @Test
    void keepsAPipelineTemplateThatDoesNotParseSoItsErrorIsReported() throws IOException {
        write("pipeline.yml", "Resources:\n  Pipeline:\n    Type: AWS::CodePipeline::Pipeline\n    Properties: [unclosed\n");

        assertThat(SpecFinder.find(folder)).extracting(SpecFile::forcedKind).containsExactly(FileKind.PIPELINE);
    }

    @Test
    void passesByPipelinesInTestData() throws IOException {
        write("src/test/resources/rules/PL001/bad.yml", TEMPLATE);
        write("testdata/pipeline.yml", TEMPLATE);
        write("src/main/pipeline.yml", TEMPLATE);

        assertThat(SpecFinder.find(folder)).extracting(f -> folder.relativize(f.path()).toString())
                .containsExactly("src/main/pipeline.yml");
    }

    @Test
    void doesNotScanLargeFiles() throws IOException {
        write("big.json", TEMPLATE + "#" + "x".repeat((int) SpecFinder.MAX_SCANNED_BYTES) + "\n");

        assertThat(SpecFinder.find(folder)).isEmpty();
    }
}
