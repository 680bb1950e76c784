package dev.codestages.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.YamlLoader;
import dev.codestages.yaml.YamlMapping;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tests how {@link KindDetector#byContent} recognises pipeline definitions, which have no fixed file name. */
class KindDetectorPipelineTest {

    private static FileKind kindOf(String text) {
        YamlMapping root = new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8)).rootMapping();
        return KindDetector.byContent(root);
    }

    @Test
    void recognisesGetPipelineOutputAndCreatePipelineInput() {
        assertThat(kindOf("{\"pipeline\": {\"name\": \"p\", \"stages\": []}, \"metadata\": {}}")).isEqualTo(FileKind.PIPELINE);
    }

    @Test
    void recognisesABareDeclaration() {
        assertThat(kindOf("stages: []\nroleArn: arn:aws:iam::111122223333:role/p\n")).isEqualTo(FileKind.PIPELINE);
        assertThat(kindOf("{\"stages\": [], \"artifactStore\": {\"type\": \"S3\"}}")).isEqualTo(FileKind.PIPELINE);
    }

    @Test
    void recognisesACloudFormationTemplateWithAPipelineResource() {
        assertThat(kindOf("""
                Resources:
                  Bucket: {Type: AWS::S3::Bucket}
                  Pipeline:
                    Type: AWS::CodePipeline::Pipeline
                    Properties: {}
                """)).isEqualTo(FileKind.PIPELINE);
    }

    @Test
    void aTemplateWithoutAPipelineOrAStagesListAloneIsNotOurs() {
        assertThat(kindOf("Resources:\n  Hook: {Type: AWS::CodePipeline::Webhook}\n")).isEqualTo(FileKind.UNKNOWN);
        assertThat(kindOf("stages: [build, test]\nimage: node\n")).isEqualTo(FileKind.UNKNOWN);
    }

    @Test
    void anEcsAppspecStaysAnAppspec() {
        assertThat(kindOf("version: 0.0\nResources:\n  - TargetService: {Type: AWS::ECS::Service}\n"))
                .isEqualTo(FileKind.APPSPEC);
    }
}
