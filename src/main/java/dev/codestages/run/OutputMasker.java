package dev.codestages.run;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces secret values (parameter-store and secrets-manager variables) with {@code ***} in every
 * line the runner prints, as CodeBuild masks them in its logs.
 */
public final class OutputMasker {

    private final List<String> secrets;

    public OutputMasker(Collection<String> secrets) {
        // longest first, so that a secret containing another is masked whole
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 3)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public String mask(String line) {
        String masked = line;
        for (String secret : secrets) {
            masked = masked.replace(secret, "***");
        }
        return masked;
    }
}
