package dev.codestages.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codestages.yaml.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests {@link LambdaFunctionReader}: the Lambda functions of a template, their code and SAM's Globals. */
class LambdaFunctionReaderTest {

    private static List<LambdaFunctionResource> read(String text) {
        return LambdaFunctionReader.read(new YamlLoader().load(text.getBytes(StandardCharsets.UTF_8)).rootMapping());
    }

    @Test
    void aLambdaFunctionWithZipFileIsInlineAndItsNameComesThroughAParameterDefault() {
        LambdaFunctionResource function = read("""
                Parameters:
                  Stage: {Type: String, Default: test}
                Resources:
                  Greeter:
                    Type: AWS::Lambda::Function
                    Properties:
                      FunctionName: !Sub greeter-${Stage}
                      Runtime: python3.12
                      Handler: index.handler
                      Code:
                        ZipFile: |
                          def handler(event, context):
                              return 1
                """).get(0);

        assertThat(function.localName()).isEqualTo("greeter-test");
        assertThat(function.answersTo("Greeter")).isTrue();
        assertThat(function.answersTo("!Ref Greeter")).isTrue();
        assertThat(function.inlineCode()).startsWith("def handler(event, context):\n");
        assertThat(function.codePath()).isNull();
        assertThat(function.runtime()).isEqualTo("python3.12");
    }

    @Test
    void codeAsAStringIsALocalPathAndS3OrAnImageIsCodeElsewhere() {
        List<LambdaFunctionResource> functions = read("""
                {"Resources": {
                  "Local": {"Type": "AWS::Lambda::Function",
                            "Properties": {"Runtime": "nodejs20.x", "Handler": "app.handler", "Code": "src/app"}},
                  "Bucket": {"Type": "AWS::Lambda::Function",
                             "Properties": {"Runtime": "nodejs20.x", "Handler": "app.handler",
                                            "Code": {"S3Bucket": "artifacts", "S3Key": "app.zip"}}},
                  "Image": {"Type": "AWS::Lambda::Function",
                            "Properties": {"PackageType": "Image", "Code": {"ImageUri": "repo/app:1"}}}}}
                """);

        assertThat(functions).extracting(LambdaFunctionResource::codePath).containsExactly("src/app", null, null);
        assertThat(functions).extracting(LambdaFunctionResource::remoteCode).containsExactly(null,
                "Amazon S3 (Code.S3Bucket/S3Key)", "a container image (Code.ImageUri)");
        assertThat(functions.get(0).localName()).isEqualTo("Local");
    }

    @Test
    void aServerlessFunctionTakesHandlerRuntimeCodeUriFromGlobalsAndMergesTheEnvironment() {
        List<LambdaFunctionResource> functions = read("""
                Transform: AWS::Serverless-2016-10-31
                Globals:
                  Function:
                    Runtime: nodejs20.x
                    Handler: app.handler
                    CodeUri: functions/shared
                    Environment:
                      Variables: {STAGE: prod, TABLE: global-table}
                Resources:
                  Counter:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: counter
                      Environment:
                        Variables: {TABLE: counter-table}
                  Pinger:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: python3.12
                      Handler: index.handler
                      InlineCode: "def handler(event, context): return 'pong'"
                  Stored:
                    Type: AWS::Serverless::Function
                    Properties:
                      CodeUri: s3://artifacts/stored.zip
                """);

        LambdaFunctionResource counter = functions.get(0);
        assertThat(counter.runtime()).isEqualTo("nodejs20.x");
        assertThat(counter.handler()).isEqualTo("app.handler");
        assertThat(counter.codePath()).isEqualTo("functions/shared");
        assertThat(counter.environment()).isEqualTo(Map.of("STAGE", "prod", "TABLE", "counter-table"));
        LambdaFunctionResource pinger = functions.get(1);
        assertThat(pinger.runtime()).isEqualTo("python3.12");
        assertThat(pinger.inlineCode()).isEqualTo("def handler(event, context): return 'pong'");
        assertThat(pinger.codePath()).isNull();
        assertThat(functions.get(2).remoteCode()).isEqualTo("Amazon S3 (s3://artifacts/stored.zip)");
    }
}
