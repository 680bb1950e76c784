package dev.codestages.buildspec;

import java.util.regex.Pattern;

/**
 * A CodeBuild artifact path pattern ({@code files}, {@code exclude-paths}, {@code base-directory}):
 * {@code *} matches within one path component, {@code **} across components ({@code dir/**}{@code /*}
 * is everything below {@code dir}), {@code ?} one character. Paths are relative, with {@code /}.
 */
public final class ArtifactGlob {

    private final String pattern;
    private final Pattern regex;

    private ArtifactGlob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    public static ArtifactGlob of(String pattern) {
        String normalized = normalize(pattern);
        return new ArtifactGlob(normalized, Pattern.compile(toRegex(normalized)));
    }

    /** Strips a leading {@code ./} and trailing {@code /}: CodeBuild matches relative to the base directory. */
    static String normalize(String pattern) {
        String p = pattern.strip().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    public String pattern() {
        return pattern;
    }

    public boolean hasWildcard() {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    /** True when the relative path (with {@code /}) matches the whole pattern. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /**
     * True when the pattern can match something below this directory, so a walk must enter it: the
     * literal prefix of the pattern is compatible with the directory's path.
     */
    public boolean mayMatchBelow(String relativeDirectory) {
        if (relativeDirectory.isEmpty()) {
            return true;
        }
        String[] dirParts = relativeDirectory.split("/");
        String[] patternParts = pattern.split("/");
        for (int i = 0; i < dirParts.length; i++) {
            if (i >= patternParts.length) {
                return false;
            }
            String part = patternParts[i];
            if (part.equals("**")) {
                return true;
            }
            if (!Pattern.compile(toRegex(part)).matcher(dirParts[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                if (doubleStar) {
                    boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    out.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 3 : 2;
                    continue;
                }
                out.append("[^/]*");
            } else if (c == '?') {
                out.append("[^/]");
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
