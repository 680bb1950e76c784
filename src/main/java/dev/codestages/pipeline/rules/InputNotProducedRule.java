package dev.codestages.pipeline.rules;

import dev.codestages.lint.DidYouMean;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Artifact;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PL018: input artifact not made by an earlier action. */
public final class InputNotProducedRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL018", "input artifact not made by an earlier action", Severity.ERROR, FileKind.PIPELINE,
            "An action can take only artifacts made before it runs: by an action of an earlier stage, or of"
                    + " its own stage with a lower runOrder. Actions with the same runOrder run in parallel, so one"
                    + " cannot take what the other makes. A name nobody makes (often a typo, or an output renamed in"
                    + " one place only) fails the pipeline (cfn-lint E3701: \"is not previously defined as an"
                    + " OutputArtifact\").",
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
                            actionTypeId: {category: Build, owner: AWS, provider: CodeBuild, version: "1"}
                            configuration: {ProjectName: demo}
                            inputArtifacts: [{name: Source}]
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
            Map<String, Action> anywhere = new LinkedHashMap<>();
            for (Action action : pipeline.actions()) {
                action.outputArtifacts().forEach(o -> anywhere.putIfAbsent(PartLabels.identity(o.name()), action));
            }
            Set<String> made = new HashSet<>();
            boolean madeUnknown = !pipeline.isFullyKnown();
            for (Stage stage : pipeline.stages()) {
                for (List<Action> group : stage.runOrderGroups()) {
                    for (Action action : group) {
                        for (Artifact input : action.inputArtifacts()) {
                            Value name = input.name();
                            if (name.isLiteral() && !made.contains(PartLabels.identity(name)) && !madeUnknown) {
                                report(context, action, name, anywhere);
                            }
                        }
                    }
                    for (Action action : group) {
                        for (Artifact output : action.outputArtifacts()) {
                            made.add(PartLabels.identity(output.name()));
                            madeUnknown |= output.name().kind() == Value.Kind.REFERENCE;
                        }
                    }
                }
            }
        }
    }

    private static void report(RuleContext context, Action action, Value name, Map<String, Action> anywhere) {
        Action producer = anywhere.get(PartLabels.identity(name));
        if (producer != null) {
            context.report(name.at(), "input artifact " + name.quoted() + " of " + PartLabels.action(action) + " is made by "
                    + PartLabels.action(producer) + ", which does not run before it",
                    "an action takes only artifacts made in an earlier stage, or earlier in its stage (lower runOrder)");
            return;
        }
        List<String> outputs = anywhere.keySet().stream().filter(k -> k.startsWith("LITERAL:"))
                .map(k -> k.substring("LITERAL:".length())).toList();
        String hint = DidYouMean.hint(name.text(), outputs);
        context.report(name.at(), "input artifact " + name.quoted() + " of " + PartLabels.action(action)
                + " is not made by any action", hint != null ? hint
                        : outputs.isEmpty() ? "no action declares outputArtifacts" : "artifacts made: " + String.join(", ", outputs));
    }
}
