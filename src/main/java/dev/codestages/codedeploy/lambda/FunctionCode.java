package dev.codestages.codedeploy.lambda;

import java.util.Objects;

/**
 * What one version of a local function runs: a shell command, or a handler ({@code module.function}) in a
 * code folder kept in the store. {@code codeSha256} identifies the code as AWS's CodeSha256 does, so that
 * publishing unchanged code returns the existing version instead of a new one.
 *
 * @param command the shell command, or null for a handler
 * @param handler {@code module.function} in the code folder, or null for a command
 * @param codeSha256 hex SHA-256 of the command text, or of the code folder's files
 */
public record FunctionCode(String command, String handler, String codeSha256) {

    public FunctionCode {
        Objects.requireNonNull(codeSha256, "codeSha256");
        if ((command == null) == (handler == null)) {
            throw new IllegalArgumentException("a version runs either a command or a handler");
        }
    }

    /** True when this version runs a shell command. */
    public boolean isCommand() {
        return command != null;
    }
}
