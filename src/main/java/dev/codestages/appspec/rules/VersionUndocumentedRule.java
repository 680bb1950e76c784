package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlScalar;
import java.util.Optional;

/** AS035: a Lambda or ECS AppSpec version other than the documented 0.0. */
public final class VersionUndocumentedRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS035", "version of a Lambda or ECS appspec is not 0.0", Severity.WARNING,
            FileKind.APPSPEC,
            "The AppSpec reference gives 0.0 as the only version and reserves the key for future use. Lambda and"
                    + " ECS AppSpecs are read by the CodeDeploy service, whose parser is not public; files with"
                    + " 'version: 1' are seen in the wild (some tools write it) and appear to be accepted today,"
                    + " but a future AppSpec version may give the number a meaning. Write 0.0.",
            AppspecDocPages.VERSION, TemplateAppspecs.ECS.replace("version: 0.0", "version: 1"), TemplateAppspecs.ECS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (appspec.isEc2()) {
            return;
        }
        Optional<YamlEntry> version = appspec.root().entry("version");
        if (version.isPresent()) {
            check(version.get(), context);
        }
    }

    private static void check(YamlEntry entry, RuleContext context) {
        if (!(entry.value() instanceof YamlScalar version)) {
            context.report(entry.value(), "'version' must be 0.0, found " + entry.value().describe(),
                    "write 'version: 0.0'");
        } else if (version.isNull()) {
            context.report(entry.key(), "'version' has no value; the documented value is 0.0", "write 'version: 0.0'");
        } else if (!ValueForms.isZero(version.value().trim())) {
            context.report(version, "version " + version.quoted() + " is not 0.0, the only version the AppSpec"
                    + " reference documents", "write 'version: 0.0'");
        }
    }
}
