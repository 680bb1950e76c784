package dev.codestages.pipeline.rules;

import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.ArtifactStore;
import dev.codestages.pipeline.Category;
import dev.codestages.pipeline.Owner;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.util.Arrays;
import java.util.List;

/** PL012: value not one of those AWS accepts. */
public final class InvalidEnumValueRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL012", "value not one of those AWS accepts", Severity.ERROR, FileKind.PIPELINE,
            "Some fields take one of a fixed set of values, compared case-sensitively: the action category"
                    + " (Source, Build, Test, Deploy, Approval, Invoke, Compute), the owner (AWS, ThirdParty, Custom),"
                    + " the artifact store type (S3), the pipeline type (V1, V2) and the execution mode (QUEUED,"
                    + " SUPERSEDED, PARALLEL). Anything else is a ValidationException (\"Member must satisfy enum value"
                    + " set\").",
            PipelineDocPages.STRUCTURE, """
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
                            actionTypeId: {category: build, owner: AWS, provider: CodeBuild, version: "1"}
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

    private static final List<String> STORE_TYPES = List.of("S3");
    private static final List<String> PIPELINE_TYPES = List.of("V1", "V2");
    private static final List<String> EXECUTION_MODES = List.of("QUEUED", "SUPERSEDED", "PARALLEL");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        List<String> categories = Arrays.stream(Category.values()).map(Category::label).toList();
        List<String> owners = Arrays.stream(Owner.values()).map(Owner::label).toList();
        for (Pipeline pipeline : document.pipelines()) {
            check(pipeline.pipelineType(), "pipeline type", PIPELINE_TYPES, context);
            check(pipeline.executionMode(), "execution mode", EXECUTION_MODES, context);
            for (ArtifactStore store : pipeline.artifactStores()) {
                check(store.type(), "artifact store type", STORE_TYPES, context);
            }
            for (Action action : pipeline.actions()) {
                check(action.category(), "category", categories, context);
                check(action.owner(), "owner", owners, context);
            }
        }
    }

    private static void check(Value value, String what, List<String> allowed, RuleContext context) {
        if (value.isLiteral() && !allowed.contains(value.text())) {
            String hint = DidYouMean.hint(value.text(), allowed);
            context.report(value.at(), what + " " + value.quoted() + " is not one of " + String.join(", ", allowed),
                    hint != null ? hint + " (values are case-sensitive)" : null);
        }
    }
}
