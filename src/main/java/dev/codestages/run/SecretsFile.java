package dev.codestages.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the local values of parameter-store parameters and secrets-manager secrets ({@code run
 * --secrets FILE}): one {@code NAME=VALUE} per line, split at the first {@code =}, both read literally.
 * Parameter names hold {@code /} and {@code :}, and secret values hold backslashes and anything else,
 * so no escape is interpreted (a properties file would split {@code prod/api:key} at the colon and
 * drop backslashes). Blank lines and lines starting with {@code #} are skipped; spaces around the name
 * are dropped, the value is kept as written (a trailing carriage return of a Windows file excepted).
 */
public final class SecretsFile {

    private SecretsFile() {
    }

    /** The names and values in {@code file}; an IllegalArgumentException names a line that has no name. */
    public static Map<String, String> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0 || line.substring(0, equals).isBlank()) {
                throw new IllegalArgumentException(file + ", line " + (i + 1) + ": expected NAME=VALUE");
            }
            values.put(line.substring(0, equals).strip(), line.substring(equals + 1));
        }
        return values;
    }
}
