package dev.codestages.pipeline.rules;

import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.pipeline.Action;
import dev.codestages.pipeline.Artifact;
import dev.codestages.pipeline.Origin;
import dev.codestages.pipeline.Pipeline;
import dev.codestages.pipeline.PipelineDocument;
import dev.codestages.pipeline.PipelineRule;
import dev.codestages.pipeline.Stage;
import dev.codestages.pipeline.Value;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** PL011: name with characters or length CodePipeline does not allow. */
public final class InvalidNameRule implements PipelineRule {

    static final RuleInfo INFO = new RuleInfo("PL011", "name with characters or length CodePipeline does not allow", Severity.ERROR, FileKind.PIPELINE,
            "CodePipeline checks names against fixed patterns and answers a ValidationException (\"Member"
                    + " must satisfy regular expression pattern: [A-Za-z0-9.@\\-_]+\"): pipeline, stage and action names"
                    + " take letters, digits and . @ - _ (1 to 100 characters); artifact names only letters, digits, -"
                    + " and _ (no dot, no @); variable namespaces letters, digits, @ - and _. Spaces are the usual"
                    + " culprit, and a ${Param} written without Fn::Sub, which CloudFormation passes on literally.",
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
                      - name: Build and test
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

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9.@\\-_]+");
    private static final Pattern ARTIFACT = Pattern.compile("[a-zA-Z0-9_\\-]+");
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9@\\-_]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("%\\w+%|<[^>]+>|\\{\\{[^}]*}}");
    private static final int MAX = 100;

    @Override
    public void check(PipelineDocument document, RuleContext context) {
        for (Pipeline pipeline : document.pipelines()) {
            boolean template = pipeline.origin().format() == Origin.Format.CLOUDFORMATION;
            check(pipeline.name(), "pipeline name", NAME, "letters, digits and . @ - _", template, context);
            for (Stage stage : pipeline.stages()) {
                check(stage.name(), "stage name", NAME, "letters, digits and . @ - _", template, context);
                for (Action action : stage.actions()) {
                    check(action.name(), "action name", NAME, "letters, digits and . @ - _", template, context);
                    check(action.namespace(), "namespace", NAMESPACE, "letters, digits and @ - _", template, context);
                    for (Artifact artifact : action.inputArtifacts()) {
                        check(artifact.name(), "artifact name", ARTIFACT, "letters, digits, - and _", template, context);
                    }
                    for (Artifact artifact : action.outputArtifacts()) {
                        check(artifact.name(), "artifact name", ARTIFACT, "letters, digits, - and _", template, context);
                    }
                }
            }
        }
    }

    private static void check(Value name, String what, Pattern pattern, String allowed, boolean template,
                              RuleContext context) {
        if (!name.isLiteral()) {
            return;
        }
        String text = name.text();
        if (text.isEmpty()) {
            context.report(name.at(), what + " is empty; it needs 1 to " + MAX + " characters", null);
        } else if (text.length() > MAX) {
            context.report(name.at(), what + " " + name.quoted() + " is " + text.length()
                    + " characters long; the limit is " + MAX, "shorten it");
        } else if (!pattern.matcher(text).matches()) {
            context.report(name.at(), what + " " + name.quoted() + " has characters CodePipeline does not allow: "
                    + offending(text, pattern), hint(text, pattern, allowed, template));
        }
    }

    private static String offending(String text, Pattern pattern) {
        Set<String> bad = new LinkedHashSet<>();
        text.codePoints().mapToObj(Character::toString).filter(c -> !pattern.matcher(c).matches())
                .forEach(c -> bad.add("'" + c + "'"));
        return String.join(", ", bad);
    }

    private static String hint(String text, Pattern pattern, String allowed, boolean template) {
        if (text.contains("${")) {
            return template ? "'${...}' is filled in only inside !Sub (Fn::Sub); as written it is taken literally"
                    : "'${...}' is a placeholder nothing fills in here; replace it before using the file";
        }
        if (PLACEHOLDER.matcher(text).find()) {
            return "this looks like a placeholder; replace it before using the file";
        }
        StringBuilder fixed = new StringBuilder();
        text.codePoints().mapToObj(Character::toString)
                .forEach(c -> fixed.append(pattern.matcher(c).matches() ? c : "-"));
        String suggestion = fixed.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return "use " + allowed + " only, e.g. '" + suggestion + "'";
    }
}
