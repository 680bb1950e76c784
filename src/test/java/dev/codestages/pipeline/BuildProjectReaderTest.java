package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link BuildProjectReader}: the CodeBuild projects of a template, in YAML and JSON, as the engine needs them. */
class BuildProjectReaderTest {

    private static List<BuildProject> read(String text) {
        return BuildProjectReader.read(new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8)).rootMapping());
    }

    @Test
    void aProjectAnswersToItsNameToRefOfItsLogicalIdAndToTheLogicalId() {
        BuildProject project = read("""
                Resources:
                  Builder:
                    Type: AWS::CodeBuild::Project
                    Properties: {Name: app-build, Source: {Type: CODEPIPELINE}}
                """).get(0);

        assertThat(project.answersTo("app-build")).isTrue();
        assertThat(project.answersTo("!Ref Builder")).isTrue();
        assertThat(project.answersTo("Builder")).isTrue();
        assertThat(project.answersTo("other")).isFalse();
        assertThat(project.buildspecKind()).isEqualTo(BuildProject.BuildspecKind.DEFAULT);
        assertThat(project.timeoutMinutes()).isEmpty();
    }

    @Test
    void theJsonFormGivesTheSameProjectWithVariablesTimeoutAndAPathBuildspec() {
        List<BuildProject> projects = read("""
                {"Parameters": {"Env": {"Type": "String", "Default": "prod"}},
                 "Resources": {
                   "Build": {"Type": "AWS::CodeBuild::Project", "Properties": {
                     "Name": {"Fn::Sub": "${Env}-build"},
                     "Source": {"Type": "CODEPIPELINE", "BuildSpec": "ci/buildspec.yml"},
                     "Environment": {"EnvironmentVariables": [
                        {"Name": "ENV", "Value": {"Ref": "Env"}},
                        {"Name": "BUCKET", "Value": {"Ref": "Bucket"}},
                        {"Name": "KEY", "Value": "/app/key", "Type": "PARAMETER_STORE"}]},
                     "TimeoutInMinutes": 20}},
                   "Bucket": {"Type": "AWS::S3::Bucket"}}}
                """);

        assertThat(projects).hasSize(1);
        BuildProject project = projects.get(0);
        assertThat(project.answersTo("prod-build")).isTrue();
        assertThat(project.buildspecKind()).isEqualTo(BuildProject.BuildspecKind.PATH);
        assertThat(project.buildSpec().text()).isEqualTo("ci/buildspec.yml");
        assertThat(project.timeoutMinutes()).contains(20);
        assertThat(project.environmentVariables()).extracting(v -> v.name().text(), v -> v.value().text(),
                v -> v.value().kind(), v -> v.type().text()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ENV", "prod", Value.Kind.LITERAL, ""),
                org.assertj.core.groups.Tuple.tuple("BUCKET", "!Ref Bucket", Value.Kind.REFERENCE, ""),
                org.assertj.core.groups.Tuple.tuple("KEY", "/app/key", Value.Kind.LITERAL, "PARAMETER_STORE"));
    }

    @Test
    void aMultiLineBuildspecIsInlineAnArnIsS3AndAnUnresolvedSubIsDeployTime() {
        List<BuildProject> projects = read("""
                Resources:
                  Inline:
                    Type: AWS::CodeBuild::Project
                    Properties:
                      Source:
                        BuildSpec: |
                          version: 0.2
                          phases: {build: {commands: [make]}}
                  Stored:
                    Type: AWS::CodeBuild::Project
                    Properties: {Source: {BuildSpec: "arn:aws:s3:::specs/buildspec.yml"}}
                  Late:
                    Type: AWS::CodeBuild::Project
                    Properties: {Source: {BuildSpec: !Sub "${AWS::Region}/buildspec.yml"}}
                """);

        assertThat(projects).extracting(BuildProject::logicalId, BuildProject::buildspecKind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Inline", BuildProject.BuildspecKind.INLINE),
                org.assertj.core.groups.Tuple.tuple("Stored", BuildProject.BuildspecKind.S3),
                org.assertj.core.groups.Tuple.tuple("Late", BuildProject.BuildspecKind.DEPLOY_TIME));
    }

    @Test
    void aFileThatIsNoTemplateHasNoProjects() {
        assertThat(read("""
                name: demo
                stages: []
                """)).isEmpty();
    }
}
