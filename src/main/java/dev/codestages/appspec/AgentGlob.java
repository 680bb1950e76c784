package dev.codestages.appspec;

/**
 * A permissions {@code pattern} or {@code except} item matched as the agent matches it: against one
 * name directly inside the object (never across a {@code /}), with {@code *} standing for any run of
 * characters and every other character, {@code ? [ ] { }} included, standing for itself. Source:
 * aws-codedeploy-agent, lib/instance_agent/plugins/codedeploy/application_specification/
 * linux_permission_info.rb, {@code matches_simple_glob}. No pattern is invalid to the agent.
 */
public final class AgentGlob {

    private AgentGlob() {
    }

    /** True when {@code name} matches {@code glob}. */
    public static boolean matches(String glob, String name) {
        if (name.indexOf('/') >= 0) {
            return false;
        }
        return matches(glob, 0, name, 0);
    }

    /** True when a glob has a character that a shell or Java glob reads as special but the agent does not. */
    public static boolean hasLiteralMetacharacter(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            if ("?[]{}".indexOf(glob.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String glob, int g, String name, int n) {
        while (g < glob.length()) {
            char c = glob.charAt(g);
            if (c == '*') {
                while (g < glob.length() && glob.charAt(g) == '*') {
                    g++;
                }
                if (g == glob.length()) {
                    return true;
                }
                for (int from = n; from <= name.length(); from++) {
                    if (matches(glob, g, name, from)) {
                        return true;
                    }
                }
                return false;
            }
            if (n >= name.length() || name.charAt(n) != c) {
                return false;
            }
            g++;
            n++;
        }
        return n == name.length();
    }
}
