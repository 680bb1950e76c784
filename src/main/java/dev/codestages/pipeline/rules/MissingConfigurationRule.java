package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.ActionType;
import dev.codestages.pipeline.Configuration;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.util.Optional;
import java.util.Set;

/** PL020: required configuration key missing, including the keys some cases need. */
public final class MissingConfigurationRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL020", "required configuration key missing", Severity.ERROR, FileKind.PIPELINE,
            "Each provider needs some configuration: RepositoryName and BranchName for CodeCommit,"
                    + " ProjectName for CodeBuild, ApplicationName and DeploymentGroupName for CodeDeploy, ActionMode"
                    + " and StackName for CloudFormation, and so on. Some keys are needed only in a given case:"
                    + " PrimarySource when a CodeBuild action has several inputs, ObjectKey when an S3 deploy does not"
                    + " extract, ChangeSetName, TemplatePath or RoleArn for some CloudFormation action modes, Input"
                    + " when a Step Functions input is a file. Without them the pipeline is rejected or the action"
                    + " fails with \"Invalid action configuration\".",
            PipelineDocPages.ACTIONS, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo}
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
                            configuration: {RepositoryName: demo, BranchName: main}
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

    private static final Set<String> NEED_CHANGE_SET = Set.of("CHANGE_SET_REPLACE", "CHANGE_SET_EXECUTE");
    private static final Set<String> NEED_TEMPLATE = Set.of("CREATE_UPDATE", "REPLACE_ON_FAILURE", "CHANGE_SET_REPLACE");
    private static final Set<String> NEED_ROLE = Set.of("CREATE_UPDATE", "REPLACE_ON_FAILURE", "DELETE_ONLY",
            "CHANGE_SET_REPLACE");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                Optional<ActionType> type = action.type();
                Configuration configuration = action.configuration();
                if (type.isEmpty() || !configuration.complete()) {
                    continue;
                }
                for (String key : type.get().requiredKeys()) {
                    require(action, key, null, context);
                }
                conditional(action, type.get().provider(), context);
            }
        }
    }

    private static void conditional(Action action, String provider, RuleContext context) {
        Configuration configuration = action.configuration();
        switch (provider) {
            case "CodeBuild":
                if (action.inputArtifacts().size() > 1) {
                    require(action, "PrimarySource", "it has " + action.inputArtifacts().size() + " input artifacts",
                            context);
                }
                break;
            case "S3":
                if (configuration.get("Extract").filter(v -> v.isLiteral() && v.text().equalsIgnoreCase("false")).isPresent()) {
                    require(action, "ObjectKey", "'Extract' is false", context);
                }
                break;
            case "CloudFormation":
                configuration.get("ActionMode").filter(Value::isLiteral).map(Value::text).ifPresent(mode -> {
                    String why = "ActionMode is '" + mode + "'";
                    if (NEED_CHANGE_SET.contains(mode)) {
                        require(action, "ChangeSetName", why, context);
                    }
                    if (NEED_TEMPLATE.contains(mode)) {
                        require(action, "TemplatePath", why, context);
                    }
                    if (NEED_ROLE.contains(mode)) {
                        require(action, "RoleArn", why, context);
                    }
                });
                break;
            case "StepFunctions":
                if (configuration.get("InputType").filter(v -> v.is("FilePath")).isPresent()) {
                    require(action, "Input", "'InputType' is FilePath", context);
                }
                break;
            default:
                break;
        }
    }

    private static void require(Action action, String key, String because, RuleContext context) {
        if (!action.configuration().has(key)) {
            context.report(action.provider().at(), PartLabels.typedAction(action) + " has no '" + key
                    + "' in its configuration" + (because == null ? "" : ", needed because " + because), null);
        }
    }
}
