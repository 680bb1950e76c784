package dev.codestages.lint;

import java.util.Collection;
import java.util.Locale;

/**
 * Suggests the known name a user most likely meant: first the same name in another spelling
 * ({@code discard_paths}, {@code discardPaths}, {@code Pre-Build} for {@code discard-paths} or
 * {@code pre_build}), then the closest name by edit distance.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The best candidate, or null when none is close enough to be a likely typo. */
    public static String suggest(String given, Collection<String> known) {
        if (given == null || given.isEmpty()) {
            return null;
        }
        String normalized = normalize(given);
        for (String candidate : known) {
            if (normalize(candidate).equals(normalized)) {
                return candidate;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(normalized, normalize(candidate));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, normalized.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** "did you mean 'x'?" or null. */
    public static String hint(String given, Collection<String> known) {
        String suggestion = suggest(given, known);
        return suggestion == null ? null : "did you mean '" + suggestion + "'?";
    }

    /** Lower case without separators: {@code preBuild}, {@code pre-build} and {@code PRE_BUILD} all become "prebuild". */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '-' && c != '_' && c != ' ') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent swaps), bounded by short inputs. */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
