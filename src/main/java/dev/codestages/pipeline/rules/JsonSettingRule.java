package dev.codestages.pipeline.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/** PL039: configuration value that must be JSON is not. */
public final class JsonSettingRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL039", "configuration value that must be JSON is not", Severity.ERROR, FileKind.PIPELINE,
            "Some settings are JSON written inside a string: the EnvironmentVariables of a CodeBuild action"
                    + " is an array of objects with name, value and an optional type (PLAINTEXT, PARAMETER_STORE or"
                    + " SECRETS_MANAGER); the ParameterOverrides of a CloudFormation action is an object of parameter"
                    + " names and values. Text that does not parse, or has the wrong shape, fails the action with"
                    + " \"Invalid action configuration\". Quote the whole JSON once, in single quotes in YAML.",
            PipelineDocPages.ACTIONS, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main}
                            outputArtifacts: [{name: Src}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration:
                              ProjectName: demo
                              EnvironmentVariables: '[{"name":"STAGE","value":"test","type":"PLAINTEXT"]'
                            inputArtifacts: [{name: Src}]
                    """, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main}
                            outputArtifacts: [{name: Src}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration:
                              ProjectName: demo
                              EnvironmentVariables: '[{"name":"STAGE","value":"test","type":"PLAINTEXT"}]'
                            inputArtifacts: [{name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** Made on first use: Jackson's start-up is a tenth of a one-file lint, and most pipelines never need it. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }
    private static final Set<String> TYPES = Set.of("PLAINTEXT", "PARAMETER_STORE", "SECRETS_MANAGER");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                if (action.provider().is("CodeBuild")) {
                    action.configuration().get("EnvironmentVariables").filter(Value::isLiteral)
                            .ifPresent(v -> check(action, "EnvironmentVariables", v, true, context));
                } else if (action.provider().is("CloudFormation")) {
                    action.configuration().get("ParameterOverrides").filter(Value::isLiteral)
                            .ifPresent(v -> check(action, "ParameterOverrides", v, false, context));
                }
            }
        }
    }

    private static void check(Action action, String key, Value value, boolean variables, RuleContext context) {
        String problem;
        try (JsonParser parser = Json.FACTORY.createParser(value.text())) {
            problem = variables ? environment(parser) : object(parser);
            if (problem == null && parser.nextToken() != null) {
                problem = "has text after the JSON value";
            }
        } catch (IOException e) {
            String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            problem = "is not valid JSON (" + firstLine(message) + ")";
        }
        if (problem != null) {
            context.report(value.at(), key + " of " + PartLabels.action(action) + " " + problem,
                    variables ? "write it as '[{\"name\":\"KEY\",\"value\":\"text\",\"type\":\"PLAINTEXT\"}]'"
                            : "write it as '{\"ParameterName\":\"value\"}'");
        }
    }

    private static String environment(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return "is not a JSON array";
        }
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                return "is not an array of objects";
            }
            Set<String> fields = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                fields.add(field);
                JsonToken fieldValue = parser.nextToken();
                if (field.equals("type") && (fieldValue != JsonToken.VALUE_STRING || !TYPES.contains(parser.getText()))) {
                    return "has a variable of type '" + parser.getText() + "', not PLAINTEXT, PARAMETER_STORE or SECRETS_MANAGER";
                }
                parser.skipChildren();
            }
            if (!fields.contains("name") || !fields.contains("value")) {
                return "has a variable without a " + (fields.contains("name") ? "value" : "name");
            }
        }
        return null;
    }

    private static String object(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return "is not a JSON object";
        }
        parser.skipChildren();
        return null;
    }

    /** The parser's message without the source location it appends. */
    private static String firstLine(String message) {
        String text = String.valueOf(message);
        for (String cut : new String[] {"\n", " (for ", " at [Source"}) {
            int at = text.indexOf(cut);
            text = at < 0 ? text : text.substring(0, at);
        }
        return text;
    }
}
