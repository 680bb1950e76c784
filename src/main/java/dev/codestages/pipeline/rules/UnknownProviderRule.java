package dev.codestages.pipeline.rules;

import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.ActionTypes;
import dev.codestages.pipeline.Owner;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;

/** PL014: unknown AWS provider. */
public final class UnknownProviderRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL014", "unknown AWS provider", Severity.WARNING, FileKind.PIPELINE,
            "Provider names are case-sensitive and exact: CodeBuild, not Codebuild or AWSCodeBuild. An"
                    + " AWS-owned provider that CodePipeline does not have makes the action type unavailable and the"
                    + " pipeline is rejected. codestages knows the providers of the AWS action reference; AWS adds new"
                    + " ones from time to time, so an unknown name is a warning with the closest known name, not an"
                    + " error. ThirdParty and Custom providers are registered per account and are not checked.",
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
                            actionTypeId: {category: Build, owner: AWS, provider: Codebuild, version: "1"}
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

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                Value provider = action.provider();
                if (Owner.of(action.owner()).orElse(null) != Owner.AWS || !provider.isLiteral()
                        || !ActionTypes.withProvider(provider.text()).isEmpty()) {
                    continue;
                }
                String hint = DidYouMean.hint(provider.text(), ActionTypes.providerNames(Owner.AWS));
                context.report(provider.at(), "provider " + provider.quoted()
                        + " is not an AWS provider codestages knows; CodePipeline rejects action types it does not have",
                        hint != null ? hint : "see the action structure reference; a job worker of your own is owner: Custom");
            }
        }
    }
}
