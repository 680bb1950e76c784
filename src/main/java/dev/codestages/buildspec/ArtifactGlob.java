package dev.codestages.buildspec;

import java.util.ArrayList;
import java.util.List;

/**
 * A CodeBuild artifact path pattern ({@code files}, {@code exclude-paths}, {@code base-directory} of
 * an artifact or a report group), the only one in the project: {@code /}-separated (a {@code \} is
 * read as {@code /}); in a segment {@code *} is any run of characters and {@code ?} one character,
 * never a {@code /}; a whole segment {@code **} is any number of folders, none included (the
 * buildspec reference, artifacts/files: {@code *} stays within one path component, {@code **}
 * crosses folders). A leading {@code ./} and a trailing {@code /} are ignored. A pattern
 * without wildcards that names a folder carries everything below it; this is the one place that
 * says so, for the linter, the bundle checks and the runner alike (not documented by AWS: the
 * reference's examples write {@code my-directory/**}{@code /*}; a folder name is given the benefit
 * of the doubt). Segments are matched by hand, with no regular expression: this was benchmarked on
 * the per-file lint path.
 */
public final class ArtifactGlob {

    private final String text;
    private final List<Segment> segments;
    private final boolean literal;
    private final boolean hasDoubleStar;

    private ArtifactGlob(String text) {
        this.text = text;
        String clean = text.trim().replace('\\', '/');
        while (clean.startsWith("./")) {
            clean = clean.substring(2);
        }
        this.literal = !clean.contains("*") && !clean.contains("?");
        List<Segment> parts = new ArrayList<>();
        for (String part : clean.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(new Segment(part));
            }
        }
        this.segments = List.copyOf(parts);
        boolean doubleStar = false;
        for (Segment segment : segments) {
            doubleStar |= segment.isDoubleStar();
        }
        this.hasDoubleStar = doubleStar;
    }

    public static ArtifactGlob of(String pattern) {
        return new ArtifactGlob(pattern);
    }

    /** The pattern as written. */
    public String text() {
        return text;
    }

    /** True when the pattern has a {@code *} or {@code ?}: a literal path otherwise. */
    public boolean hasWildcard() {
        return !literal;
    }

    /** True when the pattern matches the file at {@code path} (relative, {@code /}-separated). */
    public boolean matches(String path) {
        List<String> parts = split(path);
        if (literal && startsWith(parts, segments.size())) {
            return true;
        }
        return match(0, parts, 0, false);
    }

    /** True when the pattern could match some file below the folder {@code folder} ("" for anywhere). */
    public boolean matchesBelow(String folder) {
        List<String> parts = split(folder);
        if (literal) {
            return startsWith(parts, segments.size()) || isPrefixOfPattern(parts);
        }
        return match(0, parts, 0, true);
    }

    /**
     * The rest of {@code path} after the leading folders this pattern (as a base directory) matches,
     * or null when the path does not start with them.
     */
    public String stripAsBase(String path) {
        List<String> parts = split(path);
        if (hasDoubleStar) {
            // the shortest leading folders the pattern matches: '**/dist' strips 'a/dist' from 'a/dist/x'
            for (int k = 0; k < parts.size(); k++) {
                if (match(0, parts.subList(0, k), 0, false)) {
                    return String.join("/", parts.subList(k, parts.size()));
                }
            }
            return null;
        }
        if (parts.size() < segments.size()) {
            return null;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).matches(parts.get(i))) {
                return null;
            }
        }
        return String.join("/", parts.subList(segments.size(), parts.size()));
    }

    private boolean startsWith(List<String> parts, int count) {
        if (parts.size() < count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!segments.get(i).text.equals(parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isPrefixOfPattern(List<String> parts) {
        if (parts.size() >= segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!segments.get(i).text.equals(parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Matches pattern segments from {@code p} against path parts from {@code i}. With {@code below},
     * the path is a folder and the pattern must still have something left to match a file under it.
     */
    private boolean match(int p, List<String> parts, int i, boolean below) {
        if (i == parts.size()) {
            if (below) {
                return p < segments.size();
            }
            for (int k = p; k < segments.size(); k++) {
                if (!segments.get(k).isDoubleStar()) {
                    return false;
                }
            }
            return true;
        }
        if (p == segments.size()) {
            return false;
        }
        Segment segment = segments.get(p);
        if (segment.isDoubleStar()) {
            return match(p + 1, parts, i, below) || match(p, parts, i + 1, below);
        }
        return segment.matches(parts.get(i)) && match(p + 1, parts, i + 1, below);
    }

    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts;
    }

    @Override
    public String toString() {
        return text;
    }

    /** One {@code /}-free part of a pattern; {@code *} and {@code ?} are matched by hand, with no regular expression. */
    private static final class Segment {
        private final String text;
        private final boolean wild;

        Segment(String text) {
            this.text = text;
            this.wild = text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
        }

        boolean isDoubleStar() {
            return text.equals("**");
        }

        boolean matches(String part) {
            return wild ? wildcardMatch(text, part) : text.equals(part);
        }
    }

    /**
     * Matches a whole {@code /}-free part against a pattern where {@code *} is any run of characters and
     * {@code ?} one character: a greedy scan that goes back to the last {@code *} on a mismatch, which is
     * linear for one star and never exponential.
     */
    static boolean wildcardMatch(String pattern, String part) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < part.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == part.charAt(t))
                    && pattern.charAt(p) != '*') {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
