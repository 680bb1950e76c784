package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Origin;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.util.regex.Pattern;

/** PL032: role ARN that is not an IAM role ARN. */
public final class RoleArnRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL032", "role ARN that is not an IAM role ARN", Severity.ERROR, FileKind.PIPELINE,
            "The pipeline's roleArn (and an action's, for cross-account actions) is the ARN of an IAM role:"
                    + " arn:aws:iam::<12-digit account>:role/<name>, at most 1024 characters. A role name alone, a user"
                    + " or policy ARN, or a placeholder left in a template fails the pattern check with a"
                    + " ValidationException.",
            PipelineDocPages.API_DECLARATION, """
                    name: demo
                    roleArn: demo-pipeline-role
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

    private static final Pattern ROLE = Pattern.compile("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            boolean template = pipeline.origin().format() == Origin.Format.CLOUDFORMATION;
            check(pipeline.roleArn(), "the pipeline", template, context);
            for (Action action : pipeline.actions()) {
                check(action.roleArn(), PartLabels.action(action), template, context);
            }
        }
    }

    private static void check(Value arn, String owner, boolean template, RuleContext context) {
        if (!arn.isLiteral() || arn.text().length() <= 1024 && ROLE.matcher(arn.text()).matches()) {
            return;
        }
        String hint = template && arn.text().matches("[A-Za-z0-9]+\\.Arn")
                ? "this names a resource attribute; write !GetAtt " + arn.text() + " (Fn::GetAtt) to get the ARN"
                : arn.text().matches("[\\w+=,.@-]+")
                ? "give the full ARN: arn:aws:iam::<account-id>:role/" + arn.text()
                : "a role ARN looks like arn:aws:iam::111122223333:role/my-role";
        context.report(arn.at(), "roleArn " + arn.quoted() + " of " + owner + " is not an IAM role ARN", hint);
    }
}
