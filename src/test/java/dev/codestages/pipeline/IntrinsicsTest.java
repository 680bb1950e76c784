package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.Finding;
import dev.codestages.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests how CloudFormation intrinsics become values of the model ({@link Intrinsics}): each expression has
 * its own text, values the template fixes are resolved, and the name-comparing rules (PL018, PL019) treat
 * an expression they cannot resolve as unknown.
 */
class IntrinsicsTest {

    /** A template whose Build action makes {@code buildName} and whose Deploy action takes {@code deployInput}. */
    private static String template(String parameters, String sourceName, String buildName, String deployInput) {
        return parameters + """
                Resources:
                  Pipeline:
                    Type: AWS::CodePipeline::Pipeline
                    Properties:
                      RoleArn: arn:aws:iam::111122223333:role/p
                      ArtifactStore: {Type: S3, Location: p-bucket}
                      Stages:
                        - Name: Source
                          Actions:
                            - Name: Checkout
                              ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeCommit, Version: "1"}
                              Configuration: {RepositoryName: app, BranchName: main}
                              OutputArtifacts: [{Name: %s}]
                        - Name: Build
                          Actions:
                            - Name: Compile
                              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1"}
                              Configuration: {ProjectName: app}
                              InputArtifacts: [{Name: %s}]
                              OutputArtifacts: [{Name: %s}]
                        - Name: Deploy
                          Actions:
                            - Name: Release
                              ActionTypeId: {Category: Deploy, Owner: AWS, Provider: CodeDeploy, Version: "1"}
                              Configuration: {ApplicationName: app, DeploymentGroupName: prod}
                              InputArtifacts: [{Name: %s}]
                """.formatted(sourceName, sourceName, buildName, deployInput);
    }

    private static List<Finding> lint(String text) {
        return new Linter().lintBytes("template.yml", text.getBytes(StandardCharsets.UTF_8), FileKind.PIPELINE)
                .findings();
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void twoDifferentJoinNamesAreTwoArtifactsNotADuplicate() {
        String text = template("""
                Parameters:
                  Env: {Type: String}
                """, "!Join ['-', [!Ref Env, source]]", "!Join ['-', [!Ref Env, build]]",
                "!Join ['-', [!Ref Env, build]]");

        Pipeline pipeline = Read.single(text);
        assertThat(pipeline.actions()).flatExtracting(Action::outputArtifacts).extracting(a -> a.name().text())
                .containsExactly("!Join [-, [!Ref Env, source]]", "!Join [-, [!Ref Env, build]]");
        assertThat(rules(lint(text))).doesNotContain("PL019", "PL018");
        assertThat(pipeline.artifactFlows()).extracting(ArtifactFlow::fromStage, ArtifactFlow::toStage)
                .containsExactly(tuple(0, 1), tuple(1, 2));
    }

    @Test
    void theSameJoinWrittenInJsonAndInYamlHasOneText() {
        Pipeline yaml = Read.single(template("", "!Join ['', [!Ref Env, '-src']]", "Built", "Built"));
        Pipeline json = Read.single(template("", "{'Fn::Join': ['', [{Ref: Env}, '-src']]}", "Built", "Built"));

        assertThat(json.actions().get(0).outputArtifacts().get(0).name().text())
                .isEqualTo(yaml.actions().get(0).outputArtifacts().get(0).name().text())
                .isEqualTo("!Join ['', [!Ref Env, -src]]");
    }

    @Test
    void resolvesSubOfAParameterWithADefault() {
        String text = template("""
                Parameters:
                  P: {Type: String, Default: app}
                """, "Src", "!Sub 'a-${P}'", "a-app");

        Value made = Read.single(text).actions().get(1).outputArtifacts().get(0).name();
        assertThat(made).isEqualTo(Value.literal("a-app", made.at()));
        assertThat(made.at().line()).isEqualTo(22);
        assertThat(Read.single(text).artifactFlows()).extracting(ArtifactFlow::artifact).containsExactly("Src", "a-app");
        assertThat(rules(lint(text))).doesNotContain("PL018", "PL019");
    }

    @Test
    void resolvesJoinOfLiteralsAndRefOfADefaultAndKeepsLiteralDollarBraces() {
        String text = template("""
                Parameters:
                  Stage: {Type: String, Default: prod}
                  Count: {Type: Number, Default: 3}
                  Image: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /app/image}
                """, "!Join ['-', [src, !Ref Stage, !Ref Count]]", "!Sub ['${Name}-${!Literal}', {Name: !Ref Stage}]",
                "!Ref Image");

        List<Action> actions = Read.single(text).actions();
        assertThat(actions.get(0).outputArtifacts().get(0).name().text()).isEqualTo("src-prod-3");
        assertThat(actions.get(1).outputArtifacts().get(0).name().text()).isEqualTo("prod-${Literal}");
        Value ssm = actions.get(2).inputArtifacts().get(0).name();
        assertThat(ssm.kind()).as("an SSM parameter's default is a parameter name, not the value")
                .isEqualTo(Value.Kind.REFERENCE);
        assertThat(ssm.text()).isEqualTo("!Ref Image");
    }

    @Test
    void anUnresolvableGetAttNameGivesNoFalseDuplicateOrFlowFinding() {
        String text = template("""
                Parameters:
                  Env: {Type: String}
                """, "!GetAtt Repo.Name", "!Sub '${Env}-build'", "Built");

        Pipeline pipeline = Read.single(text);
        assertThat(pipeline.actions().get(0).outputArtifacts().get(0).name())
                .extracting(Value::kind, Value::text).containsExactly(Value.Kind.REFERENCE, "!GetAtt Repo.Name");
        List<Finding> findings = lint(text);
        assertThat(rules(findings)).doesNotContain("PL018", "PL019");
        assertThat(pipeline.artifactFlows()).extracting(ArtifactFlow::artifact).containsExactly("!GetAtt Repo.Name");
    }

    @Test
    void twoDifferentGetAttOutputsAreNotDuplicatesButTheSameExpressionTwiceIs() {
        String different = template("", "!GetAtt Repo.Name", "!GetAtt Repo.Arn", "Built");
        String same = template("", "!GetAtt Repo.Name", "{'Fn::GetAtt': [Repo, Name]}", "Built");

        assertThat(rules(lint(different))).doesNotContain("PL019");
        assertThat(lint(same)).filteredOn(f -> f.rule().equals("PL019")).extracting(Finding::message)
                .containsExactly("output artifact '!GetAtt Repo.Name' is already made by action 'Checkout';"
                        + " output artifact names must be unique in a pipeline");
    }
}
