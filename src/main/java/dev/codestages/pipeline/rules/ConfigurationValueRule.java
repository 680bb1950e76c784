package dev.codestages.pipeline.rules;

import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Configuration;
import dev.codestages.pipeline.Origin;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import dev.codestages.pipeline.VariableReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** PL027: configuration value not one of those the provider accepts. */
public final class ConfigurationValueRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL027", "configuration value not one of those the provider accepts", Severity.ERROR, FileKind.PIPELINE,
            "Some settings take a fixed set of values: PollForSourceChanges, Extract, BatchEnabled,"
                    + " CombineArtifacts, DetectChanges and AllowOverrideForS3ObjectKey are true or false;"
                    + " OutputArtifactFormat is CODE_ZIP or CODEBUILD_CLONE_REF; a CloudFormation ActionMode is"
                    + " CHANGE_SET_EXECUTE, CHANGE_SET_REPLACE, CREATE_UPDATE, DELETE_ONLY or REPLACE_ON_FAILURE and"
                    + " its Capabilities a comma-separated list of CAPABILITY_IAM, CAPABILITY_NAMED_IAM and"
                    + " CAPABILITY_AUTO_EXPAND; a Step Functions InputType is Literal or FilePath. Another value is"
                    + " rejected or fails the action with \"Invalid action configuration\". Values holding #{variables}"
                    + " are not checked.",
            PipelineDocPages.ACTIONS, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main, OutputArtifactFormat: CODE-ZIP}
                            outputArtifacts: [{name: Src}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
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
                            configuration: {RepositoryName: demo, BranchName: main, OutputArtifactFormat: CODE_ZIP}
                            outputArtifacts: [{name: Src}]
                      - name: Build
                        actions:
                          - name: Build
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final Set<String> BOOLEANS = Set.of("PollForSourceChanges", "Extract", "BatchEnabled",
            "CombineArtifacts", "DetectChanges", "AllowOverrideForS3ObjectKey");
    private static final Set<String> YAML_BOOLEANS = Set.of("yes", "no", "on", "off", "y", "n");
    private static final Map<String, List<String>> ENUMS = Map.of(
            "OutputArtifactFormat", List.of("CODE_ZIP", "CODEBUILD_CLONE_REF"),
            "ActionMode", List.of("CHANGE_SET_EXECUTE", "CHANGE_SET_REPLACE", "CREATE_UPDATE", "DELETE_ONLY",
                    "REPLACE_ON_FAILURE"),
            "InputType", List.of("Literal", "FilePath"));
    private static final List<String> CAPABILITIES = List.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM",
            "CAPABILITY_AUTO_EXPAND");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            boolean template = pipeline.origin().format() == Origin.Format.CLOUDFORMATION;
            for (Action action : pipeline.actions()) {
                if (action.type().isEmpty()) {
                    continue;
                }
                for (Configuration.Setting setting : action.configuration().settings()) {
                    Value value = setting.value();
                    if (value.isLiteral() && !VariableReference.resolvedWhenRun(value) && !value.text().isEmpty()) {
                        check(action, setting.key().text(), value, template, context);
                    }
                }
            }
        }
    }

    private static void check(Action action, String key, Value value, boolean template, RuleContext context) {
        String text = value.text();
        if (BOOLEANS.contains(key)) {
            boolean yaml = template && YAML_BOOLEANS.contains(text.toLowerCase(Locale.ROOT));
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false") && !yaml) {
                report(action, key, value, "'true' or 'false'", null, context);
            }
        } else if (ENUMS.containsKey(key)) {
            List<String> allowed = ENUMS.get(key);
            if (!allowed.contains(text)) {
                report(action, key, value, "one of " + String.join(", ", allowed), DidYouMean.hint(text, allowed), context);
            }
        } else if (key.equals("Capabilities") && action.provider().is("CloudFormation")) {
            for (String item : text.split(",")) {
                String capability = item.trim();
                if (!CAPABILITIES.contains(capability)) {
                    String hint = CAPABILITIES.stream().filter(c -> !capability.isEmpty() && c.startsWith(capability))
                            .findFirst().map(c -> "did you mean '" + c + "'?")
                            .orElse(DidYouMean.hint(capability, CAPABILITIES));
                    context.report(value.at(), "capability '" + capability + "' in Capabilities of "
                            + PartLabels.action(action) + " is not one of " + String.join(", ", CAPABILITIES), hint);
                    return;
                }
            }
        }
    }

    private static void report(Action action, String key, Value value, String expected, String hint, RuleContext context) {
        context.report(value.at(), key + " " + value.quoted() + " of " + PartLabels.action(action) + " is not " + expected, hint);
    }
}
