package dev.codestages.bundle.rules;

import dev.codestages.bundle.BundleContext;
import dev.codestages.bundle.BundleRule;
import dev.codestages.bundle.BundleTree;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;

/** BN013: a hook script or files source whose name no file can have. */
public final class UnnameablePathRule implements BundleRule {

    static final RuleInfo INFO = new RuleInfo("BN013", "path that no file can be named", Severity.WARNING,
            FileKind.APPSPEC,
            "A YAML escape such as \\ud800 writes half of a UTF-16 surrogate pair, which is no character: no"
                    + " file system can hold it, so the agent cannot find a file of that name in the bundle. The"
                    + " same holds for a character the machine's file-name encoding cannot represent (any non-ASCII"
                    + " name when Java runs under LC_ALL=C). A warning, since what the agent does with such a"
                    + " name depends on its Ruby and locale; the linter cannot check the path at all.",
            BundleDocPages.BUNDLE, """
                    version: 0.0
                    os: linux
                    hooks:
                      ApplicationStop:
                        - location: "scripts/stop\\ud800.sh"
                    #=== scripts/stop.sh (executable)
                    #| #!/bin/bash
                    #| systemctl stop app
                    """, BundleDocPages.STOP + """
                    #=== scripts/stop.sh (executable)
                    #| #!/bin/bash
                    #| systemctl stop app
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(BundleContext bundle, RuleContext context) {
        for (BundleContext.ScriptFile script : bundle.scripts()) {
            if (script.kind() == BundleTree.Kind.UNNAMEABLE) {
                report(script.location(), "hook script", context);
            }
        }
        for (BundleContext.SourceFile source : bundle.sources()) {
            if (source.kind() == BundleTree.Kind.UNNAMEABLE) {
                report(source.source(), "files source", context);
            }
        }
    }

    private static void report(YamlScalar value, String what, RuleContext context) {
        context.report(value, what + " " + value.quoted() + " holds a character no file name can have here;"
                + " the bundle cannot be checked for it", "write the name in plain UTF-8 characters");
    }
}
