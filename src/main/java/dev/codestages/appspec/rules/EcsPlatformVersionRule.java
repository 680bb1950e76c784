package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.regex.Pattern;

/** AS056: a Fargate PlatformVersion that is neither LATEST nor a version number. */
public final class EcsPlatformVersionRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS056", "platform version is not LATEST or a version",
            Severity.WARNING, FileKind.APPSPEC,
            "'PlatformVersion' picks the Fargate platform version of the replacement tasks: LATEST (the default)"
                    + " or a version such as 1.4.0. Other text (a lower-case 'latest', 'v1.4') names no platform"
                    + " version and the task set cannot be created.",
            AppspecDocPages.RESOURCES, TemplateAppspecs.ECS + """
                            PlatformVersion: latest
                    """, TemplateAppspecs.ECS + """
                            PlatformVersion: LATEST
                    """);

    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (YamlMapping properties : EcsService.allProperties(appspec)) {
            if (properties.get("PlatformVersion") instanceof YamlScalar v && !v.isNull()
                    && !v.value().equals("LATEST") && !VERSION.matcher(v.value()).matches()) {
                context.report(v, "PlatformVersion " + v.quoted() + " is not LATEST or a Fargate platform version"
                        + " such as 1.4.0", "write LATEST, or the version number");
            }
        }
    }
}
