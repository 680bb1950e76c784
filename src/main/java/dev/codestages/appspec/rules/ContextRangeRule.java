package dev.codestages.appspec.rules;

import dev.codestages.appspec.Appspec;
import dev.codestages.appspec.AppspecRule;
import dev.codestages.lint.FileKind;
import dev.codestages.lint.RuleContext;
import dev.codestages.lint.RuleInfo;
import dev.codestages.lint.Severity;
import dev.codestages.yaml.YamlMapping;
import dev.codestages.yaml.YamlScalar;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** AS036: an SELinux MLS range the agent cannot parse. */
public final class ContextRangeRule implements AppspecRule {

    static final RuleInfo INFO = new RuleInfo("AS036", "invalid SELinux range", Severity.ERROR,
            FileKind.APPSPEC,
            "A context 'range' is an MLS/MCS range: a sensitivity s0..sN, optionally '-' a higher one, optionally"
                    + " ':' and categories c0..c1023 as single ones or ranges (c0.c5) separated by commas. The"
                    + " agent checks it before anything is installed and fails the deployment with \"a problem"
                    + " with the SELinux range specified\" (or a shorter message such as \"invalid category\") for"
                    + " an empty part, a high sensitivity below the low one, a category over 1023, a backwards"
                    + " category range or, with the Ruby agent, a category given twice.",
            AppspecDocPages.PERMISSIONS, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        context:
                          type: httpd_sys_content_t
                          range: s0:c1024
                    """, """
                    version: 0.0
                    os: linux
                    files:
                      - source: /
                        destination: /var/www/html
                    permissions:
                      - object: /var/www/html
                        context:
                          type: httpd_sys_content_t
                          range: s0:c0.c1023
                    """);

    private static final Pattern SENSITIVITY = Pattern.compile("s([0-9]+)");
    private static final Pattern CATEGORY = Pattern.compile("c([0-9]+)");
    private static final int MAX_CATEGORY = 1023;

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
            if (!(permission.get("context") instanceof YamlMapping selinux)
                    || !(selinux.get("range") instanceof YamlScalar range) || range.isNull()) {
                continue;
            }
            String problem = problem(range.value().trim());
            if (problem != null) {
                context.report(range, "SELinux range " + range.quoted() + " is not valid: " + problem
                        + "; the agent fails the deployment", "write s0, s0-s2, or s0:c0.c3,c7");
            }
        }
    }

    /** What is wrong with a range, or null when the agent accepts it. */
    static String problem(String range) {
        int colon = range.indexOf(':');
        String levels = colon < 0 ? range : range.substring(0, colon);
        String[] sensitivities = levels.split("-", -1);
        if (sensitivities.length > 2) {
            return "more than two sensitivities";
        }
        int low = -1;
        for (String part : sensitivities) {
            Matcher m = SENSITIVITY.matcher(part);
            if (!m.matches()) {
                return part.isEmpty() ? "an empty part" : "'" + part + "' is not a sensitivity s<number>";
            }
            int value = Integer.parseInt(m.group(1).length() > 6 ? "999999" : m.group(1));
            if (value < low) {
                return "the high sensitivity is below the low one";
            }
            low = value;
        }
        if (colon < 0) {
            return null;
        }
        Set<Integer> seen = new HashSet<>();
        for (String part : range.substring(colon + 1).split(",", -1)) {
            String[] ends = part.split("\\.", -1);
            if (ends.length > 2 || part.isEmpty()) {
                return part.isEmpty() ? "an empty part" : "'" + part + "' is not a category or a category range";
            }
            int first = -1;
            int last = -1;
            for (String end : ends) {
                Matcher m = CATEGORY.matcher(end);
                if (!m.matches() || m.group(1).length() > 4 || Integer.parseInt(m.group(1)) > MAX_CATEGORY) {
                    return end.isEmpty() ? "an empty part" : "'" + end + "' is not a category c0 to c" + MAX_CATEGORY;
                }
                last = Integer.parseInt(m.group(1));
                first = first < 0 ? last : first;
            }
            if (last < first) {
                return "category range '" + part + "' runs backwards";
            }
            for (int c = first; c <= last; c++) {
                if (!seen.add(c)) {
                    return "category c" + c + " is given twice";
                }
            }
        }
        return null;
    }
}
