package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.appspec.BundlePath;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;

/** AS020: a files source or hook location whose '..' leads out of the bundle. */
public final class PathLeavesBundleRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS020", "path leads outside the bundle", Severity.WARNING,
            FileKind.APPSPEC,
            "'source' and 'location' are relative to the root of the revision bundle. A '..' that climbs above"
                    + " it names a file of the agent's deployment directories, or of another deployment, not of"
                    + " this revision: the Install or the hook fails (ScriptMissing), or worse runs something"
                    + " else. Agent 2.x can be set to reject such paths outright. A warning: with the Ruby agent the"
                    + " effect depends on what is at that path on the instance, so the deployment may work.",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: ../scripts/after_install.sh
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      AfterInstall:
                        - location: scripts/after_install.sh
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2()) {
            return;
        }
        boolean windows = appspec.isWindows();
        for (YamlMapping file : appspec.files()) {
            if (file.get("source") instanceof YamlScalar source && !source.isNull()) {
                check(source, "source", windows, context);
            }
        }
        for (Appspec.Script script : appspec.scripts()) {
            if (script.entry().get("location") instanceof YamlScalar location && !location.isNull()) {
                check(location, "location", windows, context);
            }
        }
    }

    private static void check(YamlScalar path, String key, boolean windows, RuleContext context) {
        if (BundlePath.escapes(path.value(), windows)) {
            context.report(path, key + " " + path.quoted() + " leads outside the revision bundle",
                    "name a path inside the bundle, relative to its root (where appspec.yml is)");
        }
    }
}
