package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Tests how the readers take the pipeline-level {@code variables} of a V2 pipeline, and what they report in them. */
class PipelineVariablesTest {

    @Test
    void readsEachVariableWithItsDefaultAndReportsMistakesInItsEntries() {
        PipelineDocument document = Read.text("""
                name: shop
                roleArn: arn:aws:iam::111122223333:role/shop
                artifactStore: {type: S3, location: shop-artifacts}
                pipelineType: V2
                variables:
                  - {name: Env, defaultValue: test}
                  - {defaultValue: x, default: y}
                  - Region
                stages: []
                """);

        assertThat(document.pipelines().get(0).variables()).extracting(v -> v.name().text(), v -> v.defaultValue().text())
                .containsExactly(tuple("Env", "test"), tuple("", "x"));
        assertThat(document.problems()).extracting(p -> p.kind().ruleId(), p -> p.at().line(), ReadProblem::message)
                .containsExactly(
                        tuple("PL001", 7, "unknown key 'default' in a variable of the pipeline"),
                        tuple("PL002", 7, "a variable of the pipeline has no 'name'"),
                        tuple("PL003", 8, "a variable of the pipeline is a string; expected a mapping with 'name'"));
    }

    @Test
    void readsTemplateVariablesWithResolvedDefaults() {
        Pipeline pipeline = Read.single("""
                Parameters:
                  Stage: {Type: String, Default: prod}
                Resources:
                  Pipeline:
                    Type: AWS::CodePipeline::Pipeline
                    Properties:
                      RoleArn: !GetAtt Role.Arn
                      ArtifactStore: {Type: S3, Location: !Ref Bucket}
                      PipelineType: V2
                      Variables:
                        - {Name: Env, DefaultValue: !Ref Stage, Description: target}
                      Stages: []
                """);

        assertThat(pipeline.variables()).extracting(v -> v.name().text(), v -> v.defaultValue().text(),
                v -> v.description().text()).containsExactly(tuple("Env", "prod", "target"));
    }
}
