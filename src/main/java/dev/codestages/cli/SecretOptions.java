package dev.codestages.cli;

import dev.codestages.run.SecretsFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --secrets FILE} and {@code --secret-env NAME=VAR} options of the commands that play actions
 * ({@code run}, {@code approve}, {@code reject}): local values of parameter-store and secrets-manager
 * variables, read when the command runs and never written into an execution's state.
 */
final class SecretOptions {

    @Option(names = "--secrets", paramLabel = "FILE", description = "parameter-store and secrets-manager values, one NAME=VALUE per line")
    private Path secretsFile;

    @Option(names = "--secret-env", paramLabel = "NAME=VAR", description = "take the value of parameter or secret NAME from environment variable VAR")
    private List<String> secretEnv = List.of();

    /**
     * The values.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when a pair is malformed or names an unset environment variable
     */
    Map<String, String> values() throws IOException {
        Map<String, String> secrets = new HashMap<>();
        if (secretsFile != null) {
            // literal NAME=VALUE lines: a properties file would split 'prod/api:key' at the colon
            secrets.putAll(SecretsFile.read(secretsFile));
        }
        for (String pair : secretEnv) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--secret-env takes NAME=VAR, got '" + pair + "'");
            }
            String variable = pair.substring(equals + 1);
            String value = System.getenv(variable);
            if (value == null) {
                throw new IllegalArgumentException("environment variable '" + variable + "' is not set");
            }
            secrets.put(pair.substring(0, equals), value);
        }
        return secrets;
    }
}
