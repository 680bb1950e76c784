package dev.codestages.cli;

/**
 * A command line the command cannot act on (an unknown option value, a path that cannot be read): its
 * message is the one line the command prints after its name, and it exits {@link ExitCodes#USAGE}.
 */
final class UsageError extends Exception {

    UsageError(String message) {
        super(message, null, false, false);
    }
}
