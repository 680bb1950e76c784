package dev.codestages.codedeploy.lambda;

/**
 * What one invocation gave back: the version that ran, its answer (standard output), its log (standard
 * error) and its exit status. A non-zero status is what Lambda reports as a function error.
 *
 * @param exitCode the process's exit status, {@link FunctionProcess#TIMED_OUT} when it was killed at its limit
 */
public record FunctionAnswer(String function, String executedVersion, String answer, String log, int exitCode) {

    /** True when the function answered without an error. */
    public boolean succeeded() {
        return exitCode == 0;
    }
}
