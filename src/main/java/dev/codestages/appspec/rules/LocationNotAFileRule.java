package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlScalar;
import java.util.Set;
import java.util.regex.Pattern;

/** AS019: a location that reads like a command with arguments, or like a path on the instance. */
public final class LocationNotAFileRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS019", "location is not a path in the bundle", Severity.WARNING,
            FileKind.APPSPEC,
            "The agent joins 'location' to the unpacked bundle and runs exactly that file. It is not a command"
                    + " line: 'scripts/start.sh --prod' looks for a file with that whole name. It is not a path on"
                    + " the instance either: '/home/ubuntu/app/start.sh' means <bundle>/home/ubuntu/app/start.sh."
                    + " Both fail with ScriptMissing (\"Script does not exist at specified location\").",
            AppspecDocPages.HOOKS, """
                    version: 0.0
                    os: linux
                    hooks:
                      ApplicationStop:
                        - location: /home/ubuntu/app/scripts/stop.sh
                    """, """
                    version: 0.0
                    os: linux
                    hooks:
                      ApplicationStop:
                        - location: scripts/stop.sh
                    """);

    /** First folders of paths that name a place on the instance rather than in the bundle. */
    private static final Set<String> INSTANCE_ROOTS = Set.of("home", "opt", "var", "usr", "etc", "tmp", "srv",
            "root", "sbin", "mnt");
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:[\\\\/].*");
    private static final Pattern SPACE = Pattern.compile(".*\\s.*");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        for (Appspec.Script script : appspec.scripts()) {
            if (!(script.entry().get("location") instanceof YamlScalar location) || location.isNull()) {
                continue;
            }
            String text = location.value().trim();
            if (SPACE.matcher(text).matches()) {
                context.report(location, "location " + location.quoted() + " contains a space: the agent looks"
                        + " for a file with that whole name, it does not pass arguments",
                        "name only the script; have it read its settings from a file or the environment");
            } else if (looksLikeInstancePath(text)) {
                context.report(location, "location " + location.quoted() + " looks like a path on the instance;"
                        + " the agent reads it relative to the bundle root",
                        "write the script's path inside the bundle, such as 'scripts/"
                                + text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\')) + 1)
                                + "'");
            }
        }
    }

    private static boolean looksLikeInstancePath(String text) {
        if (DRIVE.matcher(text).matches()) {
            return true;
        }
        if (!text.startsWith("/")) {
            return false;
        }
        String[] parts = text.substring(1).split("/");
        return parts.length >= 2 && INSTANCE_ROOTS.contains(parts[0]);
    }
}
