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

/** AS043: a Lambda deployment from a version to the same version. */
public final class LambdaSameVersionRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS043", "target version equals current version", Severity.WARNING,
            FileKind.APPSPEC,
            "A Lambda deployment moves the alias from CurrentVersion to TargetVersion. When both are the same"
                    + " there is nothing to shift: the new code is not deployed, usually because the build did not"
                    + " publish a new version or filled both fields from the same variable.",
            AppspecDocPages.RESOURCES, """
                    version: 0.0
                    Resources:
                      - myFunction:
                          Type: AWS::Lambda::Function
                          Properties:
                            Name: my-function
                            Alias: live
                            CurrentVersion: 2
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
            YamlMapping properties = LambdaFunctionProperties.of(function).orElse(null);
            if (properties == null) {
                continue;
            }
            YamlScalar current = scalar(properties, "CurrentVersion");
            YamlScalar target = scalar(properties, "TargetVersion");
            if (current != null && target != null && !current.value().isBlank()
                    && current.value().trim().equals(target.value().trim())) {
                context.report(target, "TargetVersion " + target.quoted() + " is the CurrentVersion: no traffic"
                        + " shifts", "publish a new version and name it as TargetVersion");
            }
        }
    }

    /** The value of the field {@code name} when it is a non-null scalar, or null. */
    private static YamlScalar scalar(YamlMapping properties, String name) {
        return Appspec.valueOf(Appspec.field(properties, name)) instanceof YamlScalar s && !s.isNull() ? s : null;
    }
}
