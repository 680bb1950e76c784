package dev.codestages.codedeploy.lambda;

/**
 * One version of a function in the store: {@code $LATEST} or a published number, with the code it runs.
 *
 * @param function the function name
 * @param version {@code $LATEST} or {@code 1}, {@code 2}, ...
 */
public record PublishedVersion(String function, String version, FunctionCode code) {
}
