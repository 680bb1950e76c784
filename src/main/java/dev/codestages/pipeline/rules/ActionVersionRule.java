package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Owner;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Value;
import java.util.Optional;
import java.util.regex.Pattern;

/** PL015: invalid action type version. */
public final class ActionVersionRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL015", "invalid action type version", Severity.ERROR, FileKind.PIPELINE,
            "Every AWS and ThirdParty action type is version \"1\"; another version names an action type that"
                    + " does not exist and the pipeline is rejected (\"ActionType (... Version: '2') ... is not"
                    + " available\"). Custom action types use the version they were registered with, 1 to 9 letters,"
                    + " digits, - or _. In the API structure the version is a string.",
            PipelineDocPages.REQUIREMENTS, """
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
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "2"}
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

    private static final Pattern CUSTOM = Pattern.compile("[0-9A-Za-z_-]{1,9}");

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            for (Action action : pipeline.actions()) {
                Value version = action.version();
                Optional<Owner> owner = action.knownOwner();
                if (!version.isLiteral() || owner.isEmpty()) {
                    continue;
                }
                if (owner.get() == Owner.CUSTOM) {
                    if (!CUSTOM.matcher(version.text()).matches()) {
                        context.report(version.at(), "version " + version.quoted() + " of " + PartLabels.action(action)
                                + " is not a valid action type version; use 1 to 9 letters, digits, - or _",
                                "use the version the custom action type was registered with, usually '1'");
                    }
                } else if (!version.text().equals("1")) {
                    context.report(version.at(), "version " + version.quoted() + " of " + PartLabels.action(action)
                            + " does not exist; " + owner.get().label() + " action types are version '1'",
                            "write version: \"1\"");
                }
            }
        }
    }
}
