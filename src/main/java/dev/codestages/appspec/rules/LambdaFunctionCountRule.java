package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.Platform;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlSequence;
import java.util.List;
import java.util.Optional;

/** AS040: a Lambda AppSpec must name exactly one function. */
public final class LambdaFunctionCountRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS040", "not exactly one Lambda function", Severity.ERROR,
            FileKind.APPSPEC,
            "A Lambda deployment shifts the traffic of one alias of one function, so the AppSpec's 'Resources'"
                    + " list holds exactly one item: the function's logical name mapped to its Type and"
                    + " Properties. No function, or a second one, is rejected (the AWS AppSpec Assistant checks"
                    + " the same); deploy each function with its own deployment.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources: []
                    """, TemplateAppspecs.LAMBDA);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (appspec.platform() != Platform.LAMBDA) {
            return;
        }
        Optional<YamlEntry> entry = appspec.resourcesEntry();
        if (entry.isEmpty()) {
            context.report(appspec.root(), "a Lambda AppSpec needs 'Resources' naming the function to deploy",
                    "add 'Resources:' with one function (Type AWS::Lambda::Function and its Properties)");
            return;
        }
        if (ValueForms.isBlank(entry.get().value())) {
            context.report(entry.get().key(), "'Resources' is empty; a Lambda AppSpec names exactly one function",
                    null);
            return;
        }
        if (!(entry.get().value() instanceof YamlSequence)) {
            return; // AS009
        }
        List<YamlEntry> functions = appspec.resources();
        if (functions.isEmpty()) {
            context.report(entry.get().key(), "'Resources' names no function; a Lambda AppSpec names exactly one",
                    null);
        }
        for (int i = 1; i < functions.size(); i++) {
            context.report(functions.get(i).key(), "a Lambda AppSpec deploys exactly one function; '"
                    + functions.get(i).keyText() + "' is function " + (i + 1), "deploy each function in its own"
                    + " deployment, with its own AppSpec");
        }
    }
}
