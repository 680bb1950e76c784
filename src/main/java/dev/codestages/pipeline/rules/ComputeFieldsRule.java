package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Category;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import dev.codestages.yaml.Position;
import java.util.Optional;

/** PL030: commands or compute fields on an action that is not a Compute action. */
public final class ComputeFieldsRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL030", "commands or compute fields on an action that is not a Compute action", Severity.ERROR, FileKind.PIPELINE,
            "commands, outputVariables, environmentVariables and the files of an output artifact belong to"
                    + " Compute actions (the Commands provider, which runs shell commands on CodePipeline-managed"
                    + " compute). Any other action with them is rejected: \"The following action cannot contain a"
                    + " commands field: Build. To use the commands field, use a compute action.\" A CodeBuild action"
                    + " takes its commands from the buildspec.",
            PipelineDocPages.COMMANDS, """
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
                            commands: [make test]
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
                            actionTypeId: {category: Compute, owner: AWS, provider: Commands, version: "1"}
                            inputArtifacts: [{name: Src}]
                            commands: [make test]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                if (!action.category().isLiteral() || action.category().is(Category.COMPUTE.label())) {
                    continue;
                }
                report(action, "commands", action.commands().stream().map(Value::at).findFirst(), context);
                report(action, "outputVariables", action.outputVariables().stream().map(Value::at).findFirst(), context);
                report(action, "environmentVariables",
                        action.environmentVariables().stream().map(v -> v.key().at()).findFirst(), context);
                report(action, "files", action.outputArtifacts().stream().flatMap(o -> o.files().stream())
                        .map(Value::at).findFirst(), context);
            }
        }
    }

    private static void report(Action action, String field, Optional<Position> at, RuleContext context) {
        String hint = !action.provider().is("CodeBuild") ? "remove it, or make this a Compute action"
                : field.equals("files") ? "a CodeBuild action lists its output files in the buildspec's artifacts"
                : field.equals("commands") ? "put the commands in the buildspec" : "set it in the buildspec";
        at.ifPresent(position -> context.report(position, PartLabels.action(action) + " has '" + field
                + "', which only Compute (Commands) actions take", hint));
    }
}
