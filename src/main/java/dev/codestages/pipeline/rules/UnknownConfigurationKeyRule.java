package dev.codestages.pipeline.rules;

import dev.codestages.lint.DidYouMean;
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
import java.util.List;
import java.util.Optional;

/** PL029: unknown configuration key. */
public final class UnknownConfigurationKeyRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL029", "unknown configuration key", Severity.WARNING, FileKind.PIPELINE,
            "Each provider documents the configuration keys it reads. A key it does not know (RepoName for"
                    + " RepositoryName, PollForSourceChange without the s) does nothing at best, and a setting the"
                    + " author meant is silently missing: a source keeps polling, a build uses the wrong buildspec."
                    + " Keys are case-sensitive PascalCase. AWS adds keys from time to time, so this is a warning;"
                    + " providers whose keys AWS does not list in full are not checked.",
            PipelineDocPages.ACTIONS, """
                    name: demo
                    roleArn: arn:aws:iam::111122223333:role/demo
                    artifactStore: {type: S3, location: demo-artifacts}
                    stages:
                      - name: Source
                        actions:
                          - name: Checkout
                            actionTypeId: {category: Source, owner: AWS, provider: CodeCommit, version: "1"}
                            configuration: {RepositoryName: demo, BranchName: main, PollForSourceChange: "false"}
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
                            configuration: {RepositoryName: demo, BranchName: main, PollForSourceChanges: "false"}
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
                Optional<ActionType> type = action.type();
                if (type.isEmpty() || !type.get().keysKnown()) {
                    continue;
                }
                List<String> known = type.get().knownKeys();
                for (Configuration.Setting setting : action.configuration().settings()) {
                    String key = setting.key().text();
                    if (!known.contains(key)) {
                        String hint = DidYouMean.hint(key, known);
                        context.report(setting.key().at(), "configuration key '" + key + "' is not a "
                                + type.get().provider() + " setting", hint != null ? hint
                                        : known.isEmpty() ? type.get().provider() + " takes no configuration"
                                        : type.get().provider() + " knows: " + String.join(", ", known));
                    }
                }
            }
        }
    }
}
