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
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** PL023: production deploy with no approval before it. */
public final class ProductionWithoutApprovalRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL023", "production deploy with no approval before it", Severity.INFO, FileKind.PIPELINE,
            "A teaching note. A stage or deploy action whose name says prod, production or live deploys to"
                    + " what users see; with no manual approval before it, every commit that builds goes straight to"
                    + " production. A Manual approval action in an earlier stage (or earlier in the same stage, with a"
                    + " lower runOrder) makes a person look first; continuous deployment without one is a choice, and"
                    + " then this note can be ignored.",
            PipelineDocPages.APPROVALS, """
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
                      - name: Production
                        actions:
                          - name: Deploy
                            actionTypeId: {category: Deploy, owner: AWS, provider: CodeDeploy, version: "1"}
                            configuration: {ApplicationName: demo, DeploymentGroupName: prod}
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
                      - name: Release
                        actions:
                          - name: Approve
                            actionTypeId: {category: Approval, owner: AWS, provider: Manual, version: "1"}
                      - name: Production
                        actions:
                          - name: Deploy
                            actionTypeId: {category: Deploy, owner: AWS, provider: CodeDeploy, version: "1"}
                            configuration: {ApplicationName: demo, DeploymentGroupName: prod}
                            inputArtifacts: [{name: App}]
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final Set<String> WORDS = Set.of("prod", "production", "live");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            boolean approved = false;
            for (Stage stage : pipeline.stages()) {
                boolean reported = false;
                for (List<Action> group : stage.runOrderGroups()) {
                    for (Action action : group) {
                        boolean production = isProduction(stage.name()) || isProduction(action.name());
                        if (!approved && !reported && production && action.category().is(Category.DEPLOY.label())) {
                            boolean byStage = isProduction(stage.name());
                            context.report(byStage ? stage.nameAt() : action.nameAt(), (byStage ? PartLabels.stage(stage)
                                    : PartLabels.action(action)) + " deploys to production with no manual approval before it",
                                    "add a Manual approval action in an earlier stage, or earlier in this one");
                            reported = true;
                        }
                    }
                    approved |= group.stream().anyMatch(Action::isApproval);
                }
            }
        }
    }

    /** True when a name has the word prod, production or live, in any case or spelling (DeployProd, prod-eu, Live1). */
    static boolean isProduction(Value name) {
        if (!name.isPresent()) {
            return false;
        }
        for (String word : name.text().split("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")) {
            if (WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\d+$", ""))) {
                return true;
            }
        }
        return false;
    }
}
