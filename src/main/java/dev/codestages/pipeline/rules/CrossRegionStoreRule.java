package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.ArtifactStore;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.util.HashSet;
import java.util.Set;

/** PL040: a cross-Region action whose Region has no artifact store. */
public final class CrossRegionStoreRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL040", "cross-Region action without an artifact store in its Region",
            Severity.ERROR, FileKind.PIPELINE,
            "An action with a 'region' runs in that Region and reads and writes its artifacts in a bucket there."
                    + " The pipeline structure reference says: \"There must be an artifact store for the pipeline"
                    + " Region and for each cross-region action in the pipeline\", and \"If you create a"
                    + " cross-region action in your pipeline, you must use artifactStores\". A Region missing from"
                    + " 'artifactStores', or actions in two Regions in a pipeline with a single 'artifactStore', makes"
                    + " CodePipeline reject the pipeline. With a single store, one action with a Region is not"
                    + " reported: get-pipeline writes the pipeline's own Region on every action. Regions given as"
                    + " CloudFormation expressions are"
                    + " known only at deploy time and are not compared.",
            PipelineDocPages.API_DECLARATION, """
                    name: demo
                    roleArn: arn:aws:iam::210987654321:role/demo
                    artifactStores:
                      eu-west-1: {type: S3, location: demo-artifacts-eu-west-1}
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
                            region: us-east-1
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Src}]
                    """, """
                    name: demo
                    roleArn: arn:aws:iam::210987654321:role/demo
                    artifactStores:
                      eu-west-1: {type: S3, location: demo-artifacts-eu-west-1}
                      us-east-1: {type: S3, location: demo-artifacts-us-east-1}
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
                            region: us-east-1
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
            boolean single = pipeline.artifactStores().size() == 1
                    && !pipeline.artifactStores().get(0).region().isPresent();
            Set<String> regions = new HashSet<>();
            for (ArtifactStore store : pipeline.artifactStores()) {
                if (!store.region().isLiteral()) {
                    if (store.region().isPresent()) {
                        regions = null; // a Region decided at deploy time: nothing can be compared
                        break;
                    }
                    continue;
                }
                regions.add(store.region().text());
            }
            if (regions == null || pipeline.artifactStores().isEmpty()) {
                continue;
            }
            Value firstRegion = null;
            for (Action action : pipeline.actions()) {
                if (!action.region().isLiteral()) {
                    continue;
                }
                if (single) {
                    // get-pipeline writes every action's Region, the pipeline's own included: only a second
                    // Region proves a cross-Region action.
                    if (firstRegion == null) {
                        firstRegion = action.region();
                    } else if (!firstRegion.text().equals(action.region().text())) {
                        context.report(action.region().at(), "action " + action.name().quoted() + " runs in Region "
                                + action.region().quoted() + " and another action in " + firstRegion.quoted()
                                + " (line " + firstRegion.at().line() + "), but the pipeline has a single"
                                + " 'artifactStore'; a cross-Region action needs 'artifactStores'",
                                "replace 'artifactStore' with 'artifactStores', one bucket per Region");
                        break;
                    }
                } else if (!regions.contains(action.region().text())) {
                    context.report(action.region().at(), "action " + action.name().quoted() + " runs in Region "
                            + action.region().quoted() + ", which has no entry in 'artifactStores'",
                            "add a bucket in " + action.region().quoted() + " to 'artifactStores'");
                }
            }
        }
    }
}
