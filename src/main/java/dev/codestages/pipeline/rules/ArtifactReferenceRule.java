package dev.codestages.pipeline.rules;

import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import dev.codestages.pipeline.VariableReference;
import java.util.List;

/** PL026: configuration names an artifact the action does not take. */
public final class ArtifactReferenceRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL026", "configuration names an artifact the action does not take", Severity.ERROR, FileKind.PIPELINE,
            "Some settings name one of the action's own input artifacts: CodeBuild's PrimarySource, the"
                    + " TaskDefinitionTemplateArtifact, AppSpecTemplateArtifact and Image<N>ArtifactName of an ECS"
                    + " blue/green deploy, and the ArtifactName part of a CloudFormation TemplatePath or"
                    + " TemplateConfiguration (ArtifactName::path/in/zip). A name that is not among the action's"
                    + " inputArtifacts (often the name of the action that made it) fails the action (cfn-lint E3703"
                    + " checks TemplatePath the same way).",
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
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                            outputArtifacts: [{name: App}]
                      - name: Deploy
                        actions:
                          - name: Stack
                            actionTypeId: {category: Deploy, owner: AWS, provider: CloudFormation, version: "1"}
                            configuration:
                              ActionMode: CREATE_UPDATE
                              StackName: demo
                              TemplatePath: Build::template.yml
                              RoleArn: arn:aws:iam::111122223333:role/demo-cfn
                            inputArtifacts: [{name: App}]
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
                            outputArtifacts: [{name: App}]
                      - name: Deploy
                        actions:
                          - name: Stack
                            actionTypeId: {category: Deploy, owner: AWS, provider: CloudFormation, version: "1"}
                            configuration:
                              ActionMode: CREATE_UPDATE
                              StackName: demo
                              TemplatePath: App::template.yml
                              RoleArn: arn:aws:iam::111122223333:role/demo-cfn
                            inputArtifacts: [{name: App}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final List<String> ECS_KEYS = List.of("TaskDefinitionTemplateArtifact", "AppSpecTemplateArtifact",
            "Image1ArtifactName", "Image2ArtifactName", "Image3ArtifactName", "Image4ArtifactName");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                if (!action.provider().isLiteral() || action.inputArtifacts().stream().anyMatch(a -> !a.name().isLiteral())) {
                    continue;
                }
                List<String> inputs = action.inputArtifacts().stream().map(a -> a.name().text()).toList();
                switch (action.provider().text()) {
                    case "CodeBuild":
                        name(action, "PrimarySource", inputs, context);
                        break;
                    case "CodeDeployToECS":
                        ECS_KEYS.forEach(key -> name(action, key, inputs, context));
                        break;
                    case "CloudFormation":
                        path(action, "TemplatePath", inputs, context);
                        path(action, "TemplateConfiguration", inputs, context);
                        break;
                    default:
                        break;
                }
            }
        }
    }

    private static void name(Action action, String key, List<String> inputs, RuleContext context) {
        action.configuration().get(key).filter(ArtifactReferenceRule::checkable).ifPresent(value -> {
            if (!inputs.contains(value.text())) {
                report(action, key, value, value.text(), inputs, context);
            }
        });
    }

    private static void path(Action action, String key, List<String> inputs, RuleContext context) {
        action.configuration().get(key).filter(ArtifactReferenceRule::checkable).ifPresent(value -> {
            int separator = value.text().indexOf("::");
            if (separator < 0) {
                String example = (inputs.isEmpty() ? "ArtifactName" : inputs.get(0)) + "::" + value.text();
                context.report(value.at(), key + " " + value.quoted() + " of " + PartLabels.action(action)
                        + " does not name an artifact; it is written ArtifactName::path", "e.g. '" + example + "'");
            } else if (!inputs.contains(value.text().substring(0, separator))) {
                report(action, key, value, value.text().substring(0, separator), inputs, context);
            }
        });
    }

    private static boolean checkable(Value value) {
        return value.isLiteral() && !VariableReference.resolvedWhenRun(value) && !value.text().isEmpty();
    }

    private static void report(Action action, String key, Value value, String artifact, List<String> inputs,
                               RuleContext context) {
        String hint = DidYouMean.hint(artifact, inputs);
        context.report(value.at(), key + " of " + PartLabels.action(action) + " names artifact '" + artifact
                + "', which is not one of its input artifacts", hint != null ? hint
                        : inputs.isEmpty() ? "the action has no inputArtifacts" : "its inputs: " + String.join(", ", inputs));
    }
}
