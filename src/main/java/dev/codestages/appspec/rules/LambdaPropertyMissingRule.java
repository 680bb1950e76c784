package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.Platform;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/** AS041: a Lambda function without Name, Alias, CurrentVersion or TargetVersion. */
public final class LambdaPropertyMissingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS041", "missing or empty Lambda property", Severity.ERROR,
            FileKind.APPSPEC,
            "The function's Properties say what to shift: 'Name' (the function), 'Alias' (whose traffic moves),"
                    + " 'CurrentVersion' (where the alias points now) and 'TargetVersion' (where it should point)."
                    + " All four are required and must not be empty; a template left with \"\" in them cannot be"
                    + " deployed.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - myFunction:
                          Type: AWS::Lambda::Function
                          Properties:
                            Name: my-function
                            CurrentVersion: 1
                            TargetVersion: 2
                    """, TemplateAppspecs.LAMBDA);

    static final List<String> REQUIRED = List.of("Name", "Alias", "CurrentVersion", "TargetVersion");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (appspec.platform() != Platform.LAMBDA) {
            return;
        }
        for (YamlEntry function : appspec.resources()) {
            if (ValueForms.isBlank(function.value())) {
                context.report(function.key(), "function '" + function.keyText() + "' has no definition",
                        "give it Type: AWS::Lambda::Function and Properties");
                continue;
            }
            if (!(function.value() instanceof YamlMapping spec)) {
                continue; // AS009
            }
            Optional<YamlEntry> properties = Appspec.field(spec, "Properties");
            if (properties.isEmpty() || ValueForms.isBlank(properties.get().value())) {
                context.report(properties.isPresent() ? properties.get().key() : function.key(), "function '"
                        + function.keyText() + "' has no Properties", "add Properties with Name, Alias,"
                        + " CurrentVersion and TargetVersion");
                continue;
            }
            if (properties.get().value() instanceof YamlMapping values) {
                for (String name : REQUIRED) {
                    Optional<YamlEntry> property = Appspec.field(values, name);
                    if (property.isEmpty()) {
                        context.report(properties.get().key(), "function '" + function.keyText() + "' has no '"
                                + name + "'", "add '" + name + ":'");
                    } else if (ValueForms.isBlank(property.get().value())) {
                        context.report(property.get().key(), "'" + property.get().keyText() + "' of function '"
                                + function.keyText() + "' is empty", null);
                    }
                }
            }
        }
    }
}
