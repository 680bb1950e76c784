package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlNode;
import dev.codestages.yaml.YamlScalar;
import dev.codestages.yaml.YamlSequence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** AS037: two permissions entries that both cover the same installed paths. */
public final class PermissionOverlapRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS037", "two permissions cover the same paths", Severity.WARNING,
            FileKind.APPSPEC,
            "Each path the deployment installs may get its permissions from one entry only. An entry with"
                    + " pattern '**' (the default) covers everything below its object, so a second entry for the"
                    + " same object or a folder below it, with an overlapping type, matches the same files, and"
                    + " the Install fails with \"the permissions setting for (...) is specified more than once\"."
                    + " Give the outer entry a pattern or type that leaves the inner paths out, or merge them.",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        owner: www-data
                      - object: /var/www/html/uploads
                        mode: 770
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        owner: www-data
                        type:
                          - directory
                      - object: /var/www/html/uploads
                        mode: 660
                        type:
                          - file
                    """);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2() || appspec.isWindows()) {
            return;
        }
        List<YamlMapping> permissions = appspec.permissions();
        for (int j = 1; j < permissions.size(); j++) {
            YamlScalar inner = object(permissions.get(j));
            for (int i = 0; i < j && inner != null; i++) {
                YamlScalar outer = object(permissions.get(i));
                if (outer == null || !shareType(types(permissions.get(i)), types(permissions.get(j)))) {
                    continue;
                }
                String a = normalize(outer.value());
                String b = normalize(inner.value());
                boolean overlap = a.equals(b) || (below(b, a) && allDepths(permissions.get(i)))
                        || (below(a, b) && allDepths(permissions.get(j)));
                if (overlap) {
                    context.report(inner, "this entry and the one for " + outer.quoted() + " (line "
                            + outer.start().line() + ") both cover the paths installed under " + inner.quoted()
                            + "; the Install fails if files are installed there",
                            "give one entry a pattern or type that leaves the other's paths out, or merge them");
                    break;
                }
            }
        }
    }

    private static YamlScalar object(YamlMapping permission) {
        if (permission.get("object") instanceof YamlScalar object && !object.isNull()
                && object.value().trim().startsWith("/")) {
            return object;
        }
        return null;
    }

    private static boolean allDepths(YamlMapping permission) {
        if (permission.get("pattern") instanceof YamlScalar pattern && !pattern.isNull()) {
            return pattern.value().equals("**");
        }
        return !permission.has("pattern");
    }

    private static Set<String> types(YamlMapping permission) {
        Set<String> types = new HashSet<>();
        YamlNode node = permission.get("type");
        if (node instanceof YamlSequence list) {
            for (YamlNode item : list.items()) {
                if (item instanceof YamlScalar scalar) {
                    types.add(scalar.value());
                }
            }
        }
        return types.isEmpty() ? Set.of("file", "directory") : types;
    }

    private static boolean shareType(Set<String> a, Set<String> b) {
        for (String type : a) {
            if (b.contains(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean below(String path, String folder) {
        return folder.equals("/") ? !path.equals("/") : path.startsWith(folder + "/");
    }

    private static String normalize(String path) {
        String trimmed = path.trim();
        StringBuilder collapsed = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c != '/' || i == 0 || trimmed.charAt(i - 1) != '/') {
                collapsed.append(c); // a run of '/' becomes one
            }
        }
        String text = collapsed.toString();
        return text.length() > 1 && text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
