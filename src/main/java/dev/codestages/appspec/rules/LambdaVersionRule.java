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
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;

/** AS042: a Lambda CurrentVersion or TargetVersion that is not a version number. */
public final class LambdaVersionRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS042", "function version is not a version number", Severity.ERROR,
            FileKind.APPSPEC,
            "CurrentVersion and TargetVersion name published versions of the function, which Lambda numbers"
                    + " 1, 2, 3...; the reference says each \"must be a valid positive integer\". $LATEST, an"
                    + " alias, a placeholder left from a template or a CloudFormation '!Ref' (an AppSpec is not a"
                    + " template) cannot be deployed.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - myFunction:
                          Type: AWS::Lambda::Function
                          Properties:
                            Name: my-function
                            Alias: live
                            CurrentVersion: $LATEST
                            TargetVersion: 2
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
        for (YamlEntry function : appspec.resources()) {
            Optional<YamlMapping> properties = LambdaFunctionProperties.of(function);
            if (properties.isPresent()) {
                check(properties.get(), "CurrentVersion", context);
                check(properties.get(), "TargetVersion", context);
            }
        }
    }

    private static void check(YamlMapping properties, String name, RuleContext context) {
        if (Appspec.valueOf(Appspec.field(properties, name)) instanceof YamlScalar v && !v.value().isBlank()
                && !isVersionNumber(v.value().trim())) {
            context.report(v, name + " " + v.quoted() + " is not a published version number (1, 2, 3...)", hint(v));
        }
    }

    /** True for a whole number from 1 up, written without a leading zero. */
    private static boolean isVersionNumber(String text) {
        return ValueForms.isDigits(text) && text.charAt(0) != '0';
    }

    private static String hint(YamlScalar value) {
        if (value.explicitTag() != null && value.explicitTag().startsWith("!")) {
            return "'" + value.explicitTag() + "' is CloudFormation syntax; write the version number, or generate the"
                    + " AppSpec in the build";
        }
        if (value.value().contains("LATEST")) {
            return "publish a version ('aws lambda publish-version') and name its number";
        }
        if (ValueForms.isPlaceholder(value.value())) {
            return "this looks like a placeholder: replace it in the build and lint the generated file";
        }
        return "name the version number the alias points to (CurrentVersion) or should point to (TargetVersion)";
    }
}
