package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlEntry;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** AS033: a permissions entry whose object cannot cover anything the deployment installs. */
public final class PermissionMatchesNothingRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS033", "permission applies to nothing the deployment installs",
            Severity.WARNING, FileKind.APPSPEC,
            "The agent applies a permissions entry only to files and folders this deployment copies (its"
                    + " 'files' section): the object itself when it is one of them, or what the deployment"
                    + " installs below it. An object outside every destination, a relative object, or an object"
                    + " with wildcards in it (it is a path, not a pattern) matches nothing, and the agent ignores"
                    + " the entry without a word. Without a 'files' section nothing is installed at all.",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/app
                        owner: www-data
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        owner: www-data
                    """);

    private static final Pattern SLASHES = Pattern.compile("/+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2() || appspec.isWindows() || appspec.permissions().isEmpty()) {
            return;
        }
        if (appspec.files().isEmpty()) {
            Optional<YamlEntry> permissions = appspec.root().entry("permissions");
            if (permissions.isPresent()) {
                context.report(permissions.get().key(), "there is no files section, so the deployment installs"
                        + " nothing these permissions could apply to; the agent ignores them",
                        "set permissions of files the deployment does not copy from a hook script");
            }
            return;
        }
        List<String> destinations = new ArrayList<>();
        for (YamlMapping file : appspec.files()) {
            String destination = Appspec.text(file, "destination");
            if (destination == null || !destination.trim().startsWith("/")) {
                destinations = null; // a relative or missing destination: other rules say so, and we cannot tell
                break;
            }
            destinations.add(normalize(destination));
        }
        for (YamlMapping permission : appspec.permissions()) {
            if (permission.get("object") instanceof YamlScalar object && !object.isNull()
                    && !object.value().isBlank()) {
                check(object, destinations, context);
            }
        }
    }

    private static void check(YamlScalar object, List<String> destinations, RuleContext context) {
        String text = object.value().trim();
        if (text.contains("*") || text.contains("?")) {
            context.report(object, "object " + object.quoted() + " contains a wildcard, but it is a path, not a"
                    + " pattern: it matches nothing and the agent ignores the entry",
                    "name the folder in 'object' and the files in 'pattern'");
        } else if (!text.startsWith("/")) {
            context.report(object, "object " + object.quoted() + " is not an absolute path; the agent resolves it"
                    + " against its own working directory and usually matches nothing", "write the full path on the"
                    + " instance, such as '/" + text + "'");
        } else if (destinations != null && !relatedToAny(normalize(text), destinations)) {
            context.report(object, "nothing this deployment installs is at or below " + object.quoted()
                    + "; the agent ignores the entry", "use a folder the files section copies into: "
                    + String.join(", ", destinations));
        }
    }

    private static boolean relatedToAny(String path, List<String> destinations) {
        for (String destination : destinations) {
            if (related(path, destination)) {
                return true;
            }
        }
        return false;
    }

    private static boolean related(String a, String b) {
        return a.equals(b) || a.equals("/") || b.equals("/") || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    private static String normalize(String path) {
        String text = SLASHES.matcher(path.trim()).replaceAll("/");
        return text.length() > 1 && text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
