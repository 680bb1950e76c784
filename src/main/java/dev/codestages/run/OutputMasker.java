package dev.codestages.run;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces secret values (parameter-store and secrets-manager variables) with {@code ***} in every
 * line the runner prints, as CodeBuild masks them in its logs. Output is handled line by line, so a
 * multi-line secret (a key, a certificate, a JSON document) is masked line by line: every line of it,
 * wherever it occurs. A value (or line of a value) shorter than {@link #MINIMUM_LENGTH} characters is
 * not masked: replacing every "a" or "42" in the output would garble unrelated text and, by where the
 * stars appear, still show the secret; the runner says so instead ({@link #tooShort}).
 */
public final class OutputMasker {

    /** The shortest text that is masked; see the class comment for why shorter text is not. */
    public static final int MINIMUM_LENGTH = 3;

    private final List<String> pieces;

    public OutputMasker(Collection<String> secrets) {
        Set<String> unique = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null) {
                continue;
            }
            for (String line : secret.split("\r?\n")) {
                if (line.length() >= MINIMUM_LENGTH) {
                    unique.add(line);
                }
            }
        }
        // longest first, so that a secret containing another is masked whole
        this.pieces = unique.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** True when {@code secret}, or a non-blank line of it, is too short to be masked. */
    public static boolean tooShort(String secret) {
        for (String line : secret.split("\r?\n")) {
            if (!line.isBlank() && line.length() < MINIMUM_LENGTH) {
                return true;
            }
        }
        return false;
    }

    public String mask(String line) {
        String masked = line;
        for (String piece : pieces) {
            masked = masked.replace(piece, "***");
        }
        return masked;
    }
}
