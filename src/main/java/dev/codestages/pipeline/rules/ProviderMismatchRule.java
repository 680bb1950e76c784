package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.ActionType;
import dev.codestages.pipeline.ActionTypes;
import dev.codestages.pipeline.Category;
import dev.codestages.pipeline.Owner;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** PL013: provider used with the wrong category or owner. */
public final class ProviderMismatchRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL013", "provider used with the wrong category or owner", Severity.ERROR, FileKind.PIPELINE,
            "An action type is the combination of category, owner, provider and version, and only registered"
                    + " combinations exist: CodeBuild runs as Build or Test, CodeDeploy only as Deploy, Manual only as"
                    + " Approval; GitHub (version 1) is a ThirdParty provider, Jenkins a Custom one. Any other"
                    + " combination is rejected with \"ActionType (Category: ..., Provider: ..., Owner: ..., Version:"
                    + " ...) in action ... is not available\". Custom owners are not checked: their providers are"
                    + " whatever you registered.",
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
                            actionTypeId: {category: Deploy, owner: AWS, provider: CodeBuild, version: "1"}
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
                Optional<Category> category = action.knownCategory();
                Optional<Owner> owner = action.knownOwner();
                if (category.isEmpty() || owner.isEmpty() || owner.get() == Owner.CUSTOM
                        || !action.provider().isLiteral() || action.type().isPresent()) {
                    continue;
                }
                String provider = action.provider().text();
                List<ActionType> types = ActionTypes.withProvider(provider);
                if (types.isEmpty()) {
                    continue;
                }
                List<ActionType> sameOwner = types.stream().filter(t -> t.owner() == owner.get()).toList();
                if (sameOwner.isEmpty()) {
                    Owner expected = types.get(0).owner();
                    context.report(action.owner().at(), "owner " + action.owner().quoted() + " does not fit provider '"
                            + provider + "', which is a " + expected.label() + " provider",
                            "write owner: " + expected.label());
                } else {
                    String categories = sameOwner.stream().map(t -> t.category().label()).distinct()
                            .collect(Collectors.joining(" or "));
                    context.report(action.category().at(), "category " + action.category().quoted()
                            + " does not fit provider '" + provider + "', which runs as " + categories,
                            "write category: " + sameOwner.get(0).category().label() + ", or pick a "
                                    + category.get().label() + " provider");
                }
            }
        }
    }
}
