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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** AS030: an ACL entry the agent cannot parse. */
public final class AclEntryRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS030", "acl entry is not valid", Severity.ERROR, FileKind.APPSPEC,
            "Each 'acls' item is a setfacl entry: [d[efault]:][u[ser]|g[roup]|m[ask]|o[ther]]:[name]:perms, the"
                    + " permissions as one octal digit or letters from rwx-. The agent rejects an entry with the"
                    + " wrong number of parts, an unknown type, a name on mask or other, a base user/group entry"
                    + " without a name (\"Use mode to set the base acl entry\") or another character in the"
                    + " permissions, and fails the deployment.",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        acls:
                          - u:deploy:rwz
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        acls:
                          - u:deploy:rwx
                    """);

    private static final Set<String> DEFAULT = Set.of("d", "default");
    private static final Set<String> USER = Set.of("u", "user");
    private static final Set<String> GROUP = Set.of("g", "group");
    private static final Set<String> NAMELESS = Set.of("m", "mask", "o", "other");
    private static final Pattern PERMS = Pattern.compile("[0-7]|[rwx-]+");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Appspec appspec, RuleContext context) {
        if (!appspec.isEc2()) {
            return;
        }
        for (YamlMapping permission : appspec.permissions()) {
            if (permission.get("acls") instanceof YamlSequence acls) {
                for (YamlNode item : acls.items()) {
                    if (item instanceof YamlScalar ace && !ace.isNull()) {
                        String problem = problem(ace.value().trim());
                        if (problem != null) {
                            context.report(ace, "acl entry " + ace.quoted() + " is not valid: " + problem
                                    + "; the agent fails the deployment", "write [d:]u|g|m|o:[name]:perms, such as"
                                    + " u:deploy:rwx or d:g:www-data:r-x");
                        }
                    }
                }
            }
        }
    }

    /** What is wrong with an entry, or null when the agent accepts it. */
    static String problem(String ace) {
        List<String> parts = new ArrayList<>(Arrays.asList(ace.split(":", -1)));
        if (parts.size() < 2 || parts.size() > 4) {
            return "it needs two to four ':'-separated parts";
        }
        boolean isDefault = DEFAULT.contains(parts.get(0));
        if (parts.size() == 4 && !isDefault) {
            return "four parts start with 'd' or 'default'";
        }
        if (isDefault) {
            parts.remove(0);
            if (parts.size() < 2) {
                return "a default entry needs a type or name and permissions";
            }
            if (DEFAULT.contains(parts.get(0))) {
                return "'default' is given twice";
            }
        }
        String type;
        String name;
        if (parts.size() == 3) {
            type = parts.get(0);
            name = parts.get(1);
        } else if (USER.contains(parts.get(0)) || GROUP.contains(parts.get(0)) || NAMELESS.contains(parts.get(0))) {
            type = parts.get(0);
            name = "";
        } else {
            type = "u";
            name = parts.get(0);
        }
        String perms = parts.get(parts.size() - 1);
        if (!USER.contains(type) && !GROUP.contains(type) && !NAMELESS.contains(type)) {
            return "'" + type + "' is not u, g, m or o";
        }
        if (NAMELESS.contains(type) && !name.isEmpty()) {
            return "a mask or other entry takes no name";
        }
        boolean other = type.equals("o") || type.equals("other");
        if (!isDefault && (other || !NAMELESS.contains(type) && name.isEmpty())) {
            return "the base user, group and other entries are set with 'mode', not 'acls'";
        }
        if (!PERMS.matcher(perms).matches()) {
            return "permissions '" + perms + "' are not one octal digit or letters from rwx-";
        }
        return null;
    }
}
